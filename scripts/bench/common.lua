-- Shared by the load scripts: bearer tokens of seeded sessions, and a one-line JSON result.
local tokens = {}
local n = 0

function load_tokens()
  local path = os.getenv("GARITA_TOKENS")
  if path then
    for line in io.lines(path) do
      if #line > 0 then table.insert(tokens, line) end
    end
  end
end

function next_token()
  n = n + 1
  return tokens[(n % #tokens) + 1]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"errors_status":%d,"errors_socket":%d,"p50_ms":%.3f,"p99_ms":%.3f}\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000.0, latency:percentile(99) / 1000.0))
end
