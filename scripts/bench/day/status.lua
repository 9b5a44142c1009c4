-- The noon rush: each account holder (a session token a line) opens its status page.
dofile("scripts/bench/day/lib.lua")
request = function()
  local l = next_line()
  if not l then return idle_request() end
  return wrk.format("GET", "/appointment", { ["Cookie"] = "garita-session=" .. l[1] })
end
