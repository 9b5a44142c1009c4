#!/usr/bin/env bash
# Memory and overload (BENCHMARKS.md, "Memory and overload"): Garita on SQLite, seeded like
# scripts/bench-load.sh (TRAVELERS, 2,000 signed-in groups), serving the logged-in status
# page. First at its capacity (64 connections, the default --max-in-flight 1024), then at ten
# times the connections with --max-in-flight MAX (default 64), so most requests are shed
# with 503. wrk gives the mix; a second client (Python, 4 threads, one request at a time each)
# times each answer by its status during the overload: the 503s' p50/p99. The server's RSS
# is sampled every 0.5 s (peak) and its VmHWM read at the end of each cell.
set -euo pipefail
cd "$(dirname "$0")/.."
TRAVELERS=${TRAVELERS:-20000}
DURATION=${DURATION:-15}
MAX=${MAX:-64}
BASE_CONNS=${BASE_CONNS:-64}
PORT=${PORT:-18096}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -n "${BIN:-}" ] || { cargo build --release --locked -q; BIN=$PWD/target/release/garita; }
WORK=$(mktemp -d /tmp/garita-overload.XXXXXX)
KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
cleanup() {
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
DB="sqlite://$WORK/bench.db"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$BIN" bench seed --database "$DB" --secret-key "$KEY" --travelers "$TRAVELERS" --sessions 2000 --tokens-file "$WORK/tokens"

cell() { # max-in-flight connections label
  GARITA_LOG=error "$BIN" serve --database "$DB" --secret-key "$KEY" --addr 127.0.0.1:$PORT \
    --max-in-flight "$1" --submissions-per-hour 100000000 >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 100); do curl -sf http://127.0.0.1:$PORT/healthz >/dev/null && break; sleep 0.2; done
  local idle; idle=$(awk '$1=="VmRSS:"{print int($2/1024)}' /proc/$SERVER/status)
  : > "$WORK/rss"
  ( while :; do awk '$1=="VmRSS:"{print int($2/1024)}' /proc/$SERVER/status >> "$WORK/rss" 2>/dev/null || true; sleep 0.5; done ) &
  SAMPLER=$!
  GARITA_TOKENS="$WORK/tokens" wrk -t2 -c"$2" -d"${DURATION}s" --timeout 10s -s scripts/bench/status.lua \
    --latency http://127.0.0.1:$PORT > "$WORK/wrk.txt" 2>&1 &
  local w=$!
  sleep 2
  python3 - "$WORK/tokens" "$PORT" "$((DURATION - 4))" <<'PY' > "$WORK/probe.txt"
import sys, threading, time, http.client
tokens = [l.strip() for l in open(sys.argv[1]) if l.strip()]
port, secs = int(sys.argv[2]), float(sys.argv[3])
by = {}
lock = threading.Lock()
def run(k):
    end = time.time() + secs
    i = k
    while time.time() < end:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        t = time.perf_counter()
        try:
            c.request("GET", "/appointment", headers={"Cookie": "garita-session=" + tokens[i % len(tokens)]})
            r = c.getresponse(); r.read(); s = r.status
        except Exception as e:
            s = type(e).__name__
        ms = (time.perf_counter() - t) * 1000
        with lock: by.setdefault(s, []).append(ms)
        i += 4
        c.close()
ts = [threading.Thread(target=run, args=(k,)) for k in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
def pct(v, p): v = sorted(v); return v[min(len(v) - 1, int(len(v) * p / 100))]
for s, v in sorted(by.items(), key=lambda kv: str(kv[0])):
    print(f"probe {s}: {len(v)} answers, p50 {pct(v, 50):.2f} ms, p99 {pct(v, 99):.2f} ms, max {max(v):.2f} ms")
PY
  wait $w
  kill $SAMPLER; wait $SAMPLER 2>/dev/null || true; SAMPLER=
  local hwm; hwm=$(awk '$1=="VmHWM:"{print int($2/1024)}' /proc/$SERVER/status)
  kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=
  echo "== $3: --max-in-flight $1, $2 connections, ${DURATION} s"
  grep -E 'Requests/sec|Non-2xx|Socket errors|^\s+(50|99)%' "$WORK/wrk.txt" | sed 's/^ */  wrk /'
  sed 's/^/  /' "$WORK/probe.txt"
  echo "  server RSS: ${idle} MiB idle, peak $(sort -n "$WORK/rss" | tail -1) MiB sampled, VmHWM ${hwm} MiB"
}
cell 1024 "$BASE_CONNS" "at capacity"
cell "$MAX" "$((BASE_CONNS * 10))" "10x overload, shedding"
cell 1024 "$((BASE_CONNS * 10))" "10x overload, default bound (1024)"
