-- The request window's busiest hour: each submitter (a bearer token a line) submits its request.
dofile("scripts/bench/day/lib.lua")
local body = '{"ports":["san-ysidro","calexico-west"],"answers":[],"location":{"latitude":32.5149,"longitude":-117.0382,"accuracy_m":100}}'
request = function()
  local l = next_line()
  if not l then return idle_request() end
  return wrk.format("POST", "/api/v1/appointment-requests", {
    ["Authorization"] = "Bearer " .. l[1],
    ["Content-Type"] = "application/json",
  }, body)
end
