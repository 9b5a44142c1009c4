-- A logged-in traveler's appointment status page (server-rendered HTML, session cookie).
dofile("scripts/bench/common.lua")
init = function(args) load_tokens() end
request = function()
  return wrk.format("GET", "/appointment", { ["Cookie"] = "garita-session=" .. next_token() })
end
