-- Public pages read throughout the day (no login): wait times (feed and pages), the draws
-- (list, the day's page and JSON) and the statistics, in turn. DAY_DRAW_DATE is the day's draw.
dofile("scripts/bench/day/lib.lua")
local date = os.getenv("DAY_DRAW_DATE") or "2026-01-01"
local paths = {
  "/api/v1/wait-times", "/wait-times", "/wait-times/san-ysidro", "/draws",
  "/draws/" .. date, "/api/v1/draws/" .. date, "/stats", "/api/v1/stats",
}
local k = 0
request = function()
  k = k + 1
  return wrk.format("GET", paths[(k % #paths) + 1])
end
