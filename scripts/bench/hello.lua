dofile("scripts/bench/common.lua")
request = function() return wrk.format("GET", "/bench/hello") end
