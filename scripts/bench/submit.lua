-- An appointment request submission (JSON API, bearer token): replaces the group's request.
dofile("scripts/bench/common.lua")
init = function(args) load_tokens() end
local body = '{"ports":["san-ysidro","calexico-west"],"answers":[],"location":{"latitude":32.5149,"longitude":-117.0382,"accuracy_m":100}}'
request = function()
  return wrk.format("POST", "/api/v1/appointment-requests", {
    ["Authorization"] = "Bearer " .. next_token(),
    ["Content-Type"] = "application/json",
  }, body)
end
