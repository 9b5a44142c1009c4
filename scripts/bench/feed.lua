dofile("scripts/bench/common.lua")
request = function() return wrk.format("GET", "/api/v1/wait-times") end
