-- Confirmations: each selected group (token, appointment id) confirms its offer.
dofile("scripts/bench/day/lib.lua")
local body = '{"location":{"latitude":32.5149,"longitude":-117.0382,"accuracy_m":100}}'
request = function()
  local l = next_line()
  if not l then return idle_request() end
  return wrk.format("POST", "/api/v1/appointments/" .. l[2] .. "/confirm", {
    ["Authorization"] = "Bearer " .. l[1],
    ["Content-Type"] = "application/json",
  }, body)
end
