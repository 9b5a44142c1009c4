#!/usr/bin/env bash
# A day at real scale (BENCHMARKS.md, "A day at real scale"): Garita seeded with SCALE × 100,000
# account holders (about 2.9 people each) replays one day phase by phase, SPEEDUP times faster
# than real, with the server's clock moved between phases (serve --bench-clock: POST
# /bench/clock from this machine only; never in production):
#   window   the request window's busiest hour, its last (2/13 of the day's requests: the last
#            hour twice as busy as the other eleven): those groups submit, 3600/SPEEDUP s;
#   (draw)   clock to 11:00 (window closed), then 12:00: the server's own scheduler runs the draw;
#   rush     every account holder opens the status page within 10 minutes: 600/SPEEDUP s;
#   confirm  every selected group confirms its offer, within 3600/SPEEDUP s;
#   check-in clock to the first day with confirmed groups: each port's officer checks each of
#            that day's groups in, within 3600/SPEEDUP s;
# and public pages (wait times, draws, statistics) read throughout at PUBLIC_RPS (default
# 20 a second per 100,000 holders, times SPEEDUP). Per phase: requests/s, p50/p99, errors
# (responses >= 400 and socket errors), the server's RSS (peak during the phase, sampled, and
# VmHWM so far) and the database's size. wrk (closed loop, paced with a delay per request)
# shares the machine with the server.
#
#   scripts/bench-day.sh                              # full: SCALE=1 SPEEDUP=10, ~20 min per engine
#   SCALE=0.05 SPEEDUP=60 scripts/bench-day.sh         # short: a few minutes
#   ENGINES=sqlite scripts/bench-day.sh                # one engine
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-1}
SPEEDUP=${SPEEDUP:-10}
ENGINES=${ENGINES:-sqlite postgres}
PORT=${PORT:-18090}
PG_PORT=${PG_PORT:-56801}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -n "${BIN:-}" ] || { cargo build --release --locked -q; BIN=$PWD/target/release/garita; }
WORK=$(mktemp -d /tmp/garita-day.XXXXXX)
KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
ZONE=America/Chicago

calc() { python3 -c "import math; print($1)"; }
ACCOUNTS=$(calc "int(100000 * $SCALE)")
SUBMITTERS=$(calc "int($ACCOUNTS * 2 / 13)")
T_WINDOW=$(calc "max(5, int(3600 / $SPEEDUP))")
T_RUSH=$(calc "max(5, int(600 / $SPEEDUP))")
T_CONFIRM=$(calc "max(5, int(3600 / $SPEEDUP))")
T_CHECKIN=$(calc "max(5, int(3600 / $SPEEDUP))")
PUBLIC_RPS=${PUBLIC_RPS:-$(calc "max(5, int(20 * $SCALE * $SPEEDUP))")}
DAY=$(TZ=$ZONE date -d tomorrow +%F)
CLOCK0=$(TZ=$ZONE date -d "$DAY 10:00" --iso-8601=seconds)

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
run_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = "0" ] && chown postgres "$WORK"
PG_USER=$( [ "$(id -u)" = "0" ] && echo postgres || id -un )
cleanup() {
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "${PUBLIC:-}" ] && kill "$PUBLIC" 2>/dev/null || true
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  run_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg); $(wrk -v 2>&1 | head -1)"
echo "SCALE=$SCALE ($ACCOUNTS holders, $SUBMITTERS submit in the replayed hour) SPEEDUP=$SPEEDUP; phases ${T_WINDOW}s/${T_RUSH}s/${T_CONFIRM}s/${T_CHECKIN}s; public pages at $PUBLIC_RPS req/s; day $DAY"
RESULTS=$WORK/results.tsv
: > "$RESULTS"

server_now() { curl -sf "http://127.0.0.1:$PORT/bench/clock"; }
move_clock() { curl -sf -X POST "http://127.0.0.1:$PORT/bench/clock?at=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1")" >/dev/null; }
rss() { awk -v k="$1:" '$1==k{print int($2/1024)}' /proc/$SERVER/status; }
db_size() {
  if [ "$engine" = sqlite ]; then
    du -cm "$WORK"/day.db* | tail -1 | cut -f1
  else
    psql -h 127.0.0.1 -p $PG_PORT -U "$PG_USER" -d postgres -Atc "SELECT pg_database_size('garita_day') / 1048576"
  fi
}
# wrk at about RATE requests/s for SECONDS, each line of LINES used once (ONCE=1) or in turn.
paced() { # name script lines rate seconds once
  local name=$1 script=$2 lines=$3 rate=$4 secs=$5 once=$6
  local conns delay
  # An even number: wrk gives each of its 2 threads connections / 2.
  conns=$(calc "2 * max(1, min(256, math.ceil($rate * 0.1)))")
  delay=$(calc "max(1, int($conns * 1000 / $rate * 0.8))")
  DAY_LINES=$lines DAY_ONCE=$once DAY_DELAY_MS=$delay DAY_THREADS=2 DAY_DRAW_DATE=$DAY \
    wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s -s "scripts/bench/day/$script" "http://127.0.0.1:$PORT" \
    | grep '^RESULT ' | sed 's/^RESULT //'
}
phase() { # name script lines count seconds
  local name=$1 script=$2 lines=$3 count=$4 secs=$5
  local rate; rate=$(calc "max(1, $count / $secs)")
  : > "$WORK/rss-samples"
  ( while :; do rss VmRSS >> "$WORK/rss-samples" 2>/dev/null || true; sleep 0.5; done ) &
  SAMPLER=$!
  paced public public.lua /dev/null "$PUBLIC_RPS" "$secs" 0 > "$WORK/public.json" &
  PUBLIC=$!
  local res; res=$(paced "$name" "$script" "$lines" "$rate" "$secs" 1)
  wait $PUBLIC || true; PUBLIC=
  kill $SAMPLER 2>/dev/null || true; wait $SAMPLER 2>/dev/null || true; SAMPLER=
  local peak hwm size
  peak=$(sort -n "$WORK/rss-samples" | tail -1); hwm=$(rss VmHWM); size=$(db_size)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$name" "$count" "$res" "$peak" "$hwm" "$size" "$secs" >> "$RESULTS"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$name/public" "-" "$(cat "$WORK/public.json")" "$peak" "$hwm" "$size" "$secs" >> "$RESULTS"
  echo "[$engine] $name ($count in ${secs}s): $res; public: $(cat "$WORK/public.json"); RSS peak ${peak} MiB, HWM ${hwm} MiB; database ${size} MiB"
}
cli() { "$BIN" "$@" --database "$DB" --secret-key "$KEY"; }

for engine in $ENGINES; do
  if [ $engine = sqlite ]; then
    DB="sqlite://$WORK/day.db"
  else
    run_pg "$PG_BIN/initdb" -D "$WORK/pg" --auth=trust -U "$PG_USER" >/dev/null
    run_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200" -w start >/dev/null
    psql -h 127.0.0.1 -p $PG_PORT -U "$PG_USER" -d postgres -qc "CREATE DATABASE garita_day" >/dev/null
    DB="postgres://$PG_USER@127.0.0.1:$PG_PORT/garita_day"
  fi
  started=$(date +%s)
  cli bench seed-day --accounts "$ACCOUNTS" --submitters "$SUBMITTERS" --clock-start "$CLOCK0" | sed "s/^/[$engine] /"
  GARITA_LOG=warn "$BIN" serve --database "$DB" --secret-key "$KEY" --addr 127.0.0.1:$PORT \
    --bench-clock --clock-start "$CLOCK0" --submissions-per-hour 100000000 --max-in-flight 4096 \
    >"$WORK/server-$engine.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 300); do curl -sf http://127.0.0.1:$PORT/healthz >/dev/null && break; sleep 0.2; done
  sleep 2 # the scheduler's first tick commits the day's draw

  cli bench day-list submitters --out "$WORK/submitters" --clock-start "$(server_now)"
  phase window submit.lua "$WORK/submitters" "$SUBMITTERS" "$T_WINDOW"

  move_clock "$(TZ=$ZONE date -d "$DAY 11:00:30" --iso-8601=seconds)"
  sleep 1
  move_clock "$(TZ=$ZONE date -d "$DAY 12:00:05" --iso-8601=seconds)"
  t0=$(date +%s.%N)
  for _ in $(seq 600); do curl -sf "http://127.0.0.1:$PORT/api/v1/draws/$DAY" | grep -q '"results"' && break; sleep 0.5; done
  echo "[$engine] draw of $DAY published $(calc "round($(date +%s.%N) - $t0, 1)") s after the clock reached 12:00 (the scheduler ticks every 30 s)"
  # Signed in after the draw: a session idle for two hours has expired.
  cli bench day-list holders --out "$WORK/holders" --clock-start "$(server_now)"
  phase rush status.lua "$WORK/holders" "$(wc -l < "$WORK/holders")" "$T_RUSH"

  cli bench day-list offers --out "$WORK/offers" --clock-start "$(server_now)"
  phase confirm confirm.lua "$WORK/offers" "$(wc -l < "$WORK/offers")" "$T_CONFIRM"

  shift_at=$(cli bench day-list check-ins --out "$WORK/check-ins" --clock-start "$(server_now)")
  move_clock "$shift_at"
  phase check-in checkin.lua "$WORK/check-ins" "$(wc -l < "$WORK/check-ins")" "$T_CHECKIN"

  kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=
  echo "[$engine] whole run $(( $(date +%s) - started )) s"
  if grep -q 'ERROR\|panicked' "$WORK/server-$engine.log"; then
    cp "$WORK/server-$engine.log" "/tmp/garita-day-server-$engine.log"
    echo "[$engine] the server logged errors: /tmp/garita-day-server-$engine.log"
  fi
  if [ $engine = postgres ]; then run_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null; fi
done

python3 - "$RESULTS" <<'PY'
import json, sys
print()
print(f"{'engine':9} {'phase':17} {'lines':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'RSS peak':>9} {'VmHWM':>7} {'db MiB':>7}")
for l in open(sys.argv[1]):
    engine, name, count, js, peak, hwm, size, secs = l.rstrip("\n").split("\t")
    r = json.loads(js)
    rps = r["requests"] / (r["duration_us"] / 1e6)
    print(f"{engine:9} {name:17} {count:>7} {rps:8.1f} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['errors_status']+r['errors_socket']:7d} {peak:>8}M {hwm:>6}M {size:>7}")
PY
