-- The day replay's phases (scripts/bench-day.sh). Each request is built from one line of the
-- file DAY_LINES (tab-separated fields), the lines shared out between wrk's threads. With
-- DAY_ONCE=1 each line is used once and a connection then waits out the phase; DAY_DELAY_MS
-- spaces each connection's requests (the phase's rate = connections / delay).
local lines = {}
local n = 0
local once = os.getenv("DAY_ONCE") == "1"
local delay_ms = tonumber(os.getenv("DAY_DELAY_MS") or "0")
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
  thread:set("nthreads", tonumber(os.getenv("DAY_THREADS") or "1"))
end

function init(args)
  math.randomseed(tid + 1)
  local path = os.getenv("DAY_LINES")
  if path then
    local i = 0
    for line in io.lines(path) do
      if #line > 0 then
        if i % nthreads == tid then
          local fields = {}
          for f in string.gmatch(line, "[^\t]+") do table.insert(fields, f) end
          table.insert(lines, fields)
        end
        i = i + 1
      end
    end
  end
end

-- The next line, or nil when each line is used once and all are used.
function next_line()
  if #lines == 0 then return nil end
  n = n + 1
  if once and n > #lines then return nil end
  return lines[((n - 1) % #lines) + 1]
end

function exhausted()
  return once and n >= #lines
end

delay = function()
  if exhausted() then return 3600000 end
  if delay_ms <= 0 then return 0 end
  -- Jittered around the mean so connections do not march in step.
  return math.floor(delay_ms * (0.5 + math.random()))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"errors_status":%d,"errors_socket":%d,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f}\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000.0, latency:percentile(99) / 1000.0, latency.max / 1000.0))
end

-- Something harmless for a connection whose lines are used up before the phase ends.
function idle_request()
  return wrk.format("GET", "/healthz")
end
