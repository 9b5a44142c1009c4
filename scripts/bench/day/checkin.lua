-- The day at the ports: an officer of each port (token, port, pass code) checks each group in.
dofile("scripts/bench/day/lib.lua")
request = function()
  local l = next_line()
  if not l then return idle_request() end
  return wrk.format("POST", "/api/v1/console/check-ins", {
    ["Authorization"] = "Bearer " .. l[1],
    ["Content-Type"] = "application/json",
  }, '{"code":"' .. l[3] .. '","port":"' .. l[2] .. '"}')
end
