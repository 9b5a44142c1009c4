#!/usr/bin/env bash
# PostgreSQL with a streaming-replication standby, and a failover drill (BENCHMARKS.md,
# "PostgreSQL with a standby"). Outside CI; a drill on shared cores, not a capacity figure.
#
# 1. A primary and a standby (Debian's PostgreSQL binaries, pg_basebackup -R), in a temporary
#    directory, as the postgres user when run as root: the standby is synchronous
#    (synchronous_standby_names = 'standby1', synchronous_commit = on), so a commit returns
#    only once the standby has the WAL on disk.
# 2. Garita against the primary, public reads (wait times, draws, statistics) from the standby
#    (--read-database); ACCOUNTS account holders seeded (garita bench seed-day), SUBMITTERS of
#    them signed in with photos and no request yet.
# 3. Submissions from SUBMITTERS accounts at once (each acknowledged 201 recorded with its
#    request id) and public reads (wrk) during the drill; halfway, the primary is killed
#    (pg_ctl -m immediate), the standby promoted, Garita restarted against it, and the
#    remaining accounts submit.
# 4. Every acknowledged request must be in the promoted database: "lost 0" or the script fails.
#
#   scripts/pg-standby-drill.sh          # ports 56810 (primary), 56811 (standby), 18095 (Garita)
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${ACCOUNTS:-6000}
SUBMITTERS=${SUBMITTERS:-2000}
P1=${P1:-56810}
P2=${P2:-56811}
PORT=${PORT:-18095}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -n "${BIN:-}" ] || { cargo build --release --locked -q; BIN=$PWD/target/release/garita; }
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
WORK=$(mktemp -d /tmp/garita-standby.XXXXXX)
run_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = "0" ] && chown postgres "$WORK"
PG_USER=$( [ "$(id -u)" = "0" ] && echo postgres || id -un )
KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  run_pg "$PG_BIN/pg_ctl" -D "$WORK/primary" -m immediate stop >/dev/null 2>&1 || true
  run_pg "$PG_BIN/pg_ctl" -D "$WORK/standby" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql_at() { psql -h 127.0.0.1 -p "$1" -U "$PG_USER" -d "${3:-postgres}" -Atc "$2"; }
log() { echo "[$(date +%T)] $*"; }

log "primary on $P1"
run_pg "$PG_BIN/initdb" -D "$WORK/primary" --auth=trust -U "$PG_USER" >/dev/null
cat >> "$WORK/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
max_connections = 200
wal_level = replica
max_wal_senders = 5
synchronous_standby_names = 'standby1'
synchronous_commit = on
EOF
run_pg "$PG_BIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -o "-p $P1 -k $WORK" -w start >/dev/null

log "standby on $P2 (pg_basebackup -R, application_name standby1)"
run_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$P1" -U "$PG_USER" -D "$WORK/standby" -R -X stream
echo "primary_conninfo = 'host=127.0.0.1 port=$P1 user=$PG_USER application_name=standby1'" >> "$WORK/standby/postgresql.auto.conf"
# The base backup copied the primary's settings: once promoted, with no standby of its own
# yet, it must not wait for one (every commit would hang). Attach a new standby after a real
# failover to be synchronous again.
echo "synchronous_standby_names = ''" >> "$WORK/standby/postgresql.auto.conf"
run_pg "$PG_BIN/pg_ctl" -D "$WORK/standby" -l "$WORK/standby.log" -o "-p $P2 -k $WORK" -w start >/dev/null
for _ in $(seq 50); do [ "$(psql_at $P1 "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")" = sync ] && break; sleep 0.2; done
log "replication: $(psql_at $P1 "SELECT application_name || ' ' || state || ' ' || sync_state FROM pg_stat_replication")"

psql_at $P1 "CREATE DATABASE garita" >/dev/null
PRIMARY="postgres://$PG_USER@127.0.0.1:$P1/garita"
STANDBY="postgres://$PG_USER@127.0.0.1:$P2/garita"
"$BIN" bench seed-day --database "$PRIMARY" --secret-key "$KEY" --accounts "$ACCOUNTS" --submitters "$SUBMITTERS" | sed 's/^/  /'
"$BIN" bench day-list submitters --database "$PRIMARY" --secret-key "$KEY" --out "$WORK/tokens"
serve() { # database read-database log
  GARITA_LOG=warn "$BIN" serve --database "$1" ${2:+--read-database "$2"} --secret-key "$KEY" \
    --addr 127.0.0.1:$PORT --submissions-per-hour 100000000 >"$WORK/$3" 2>&1 &
  SERVER=$!
  for _ in $(seq 300); do curl -sf http://127.0.0.1:$PORT/healthz >/dev/null && return 0; sleep 0.2; done
  echo "Garita did not start:"; grep -v '^  ' "$WORK/$3" | tail -20; exit 1
}
serve "$PRIMARY" "$STANDBY" server-1.log
log "Garita on :$PORT, --database primary, --read-database standby"
echo "  a public read from the standby: $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' http://127.0.0.1:$PORT/api/v1/wait-times)"

# Submissions: one per account (a token a line of FILE), 32 at once; each 201's request id is
# recorded as acknowledged. Once the file STOP exists no new one starts: the tokens not tried
# are written to OUT.rest (they submit after the failover).
submit() { # file out
  python3 - "$1" "$2" "$PORT" "$WORK/stop" <<'PY'
import json, os, sys, threading, time, http.client
tokens = [l.strip() for l in open(sys.argv[1]) if l.strip()]
out, port, stop = open(sys.argv[2], "w", buffering=1), int(sys.argv[3]), sys.argv[4]
rest = []
body = json.dumps({"ports": ["san-ysidro"], "answers": [], "location": {"latitude": 32.5149, "longitude": -117.0382, "accuracy_m": 100}})
lock, counts = threading.Lock(), {}
def worker(mine):
    for t in mine:
        if os.path.exists(stop):
            with lock: rest.append(t)
            continue
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
            c.request("POST", "/api/v1/appointment-requests", body, {"Authorization": "Bearer " + t, "Content-Type": "application/json"})
            r = c.getresponse(); data = r.read(); status = r.status
        except Exception as e:
            status, data = type(e).__name__, b""
        with lock:
            counts[status] = counts.get(status, 0) + 1
            if status == 201:
                out.write(json.loads(data)["id"] + "\n")
started = time.time()
threads = [threading.Thread(target=worker, args=(tokens[i::32],)) for i in range(32)]
[t.start() for t in threads]; [t.join() for t in threads]
out.close()
open(sys.argv[2] + ".rest", "w").write("".join(t + "\n" for t in rest))
took = time.time() - started
tried = len(tokens) - len(rest)
print(f"  {tried} submissions in {took:.1f} s ({tried/took:.0f}/s): " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=str)))
PY
}
HALF=$((SUBMITTERS / 2))
head -n "$HALF" "$WORK/tokens" > "$WORK/tokens-1"
log "drill: up to $HALF submissions against the primary, public reads from the standby (wrk, 10 s)"
wrk -t1 -c16 -d10s -s scripts/bench/feed.lua http://127.0.0.1:$PORT > "$WORK/wrk-reads.txt" 2>&1 &
READS=$!
submit "$WORK/tokens-1" "$WORK/acked-1" &
SUBMIT=$!
# Halfway through the first half, or after 20 s.
for _ in $(seq 200); do [ "$({ wc -l < "$WORK/acked-1"; } 2>/dev/null || echo 0)" -ge $((HALF / 2)) ] && break; sleep 0.1; done
log "killing the primary (immediate) while submissions are in flight"
touch "$WORK/stop"
run_pg "$PG_BIN/pg_ctl" -D "$WORK/primary" -m immediate stop >/dev/null
wait $SUBMIT || true
wait $READS || true
echo "  public reads during the drill: $(grep -E 'Requests/sec|Non-2xx' "$WORK/wrk-reads.txt" | tr -s ' ' | paste -sd';')"
t0=$(date +%s.%N)
run_pg "$PG_BIN/pg_ctl" -D "$WORK/standby" -w promote >/dev/null
# The old process is abandoned as a crashed one would be (its answers so far are what counts).
kill -9 $SERVER; wait $SERVER 2>/dev/null || true; SERVER=
serve "$STANDBY" "" server-2.log
log "standby promoted, Garita restarted against it: $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s without a writable database"
rm -f "$WORK/stop"
{ cat "$WORK/acked-1.rest"; tail -n +"$((HALF + 1))" "$WORK/tokens"; } > "$WORK/tokens-2"
log "the rest: $(wc -l < "$WORK/tokens-2") submissions against the promoted standby"
submit "$WORK/tokens-2" "$WORK/acked-2"
cat "$WORK/acked-1" "$WORK/acked-2" | sort -u > "$WORK/acked"
psql_at $P2 "SELECT id FROM appointment_requests" garita | sort -u > "$WORK/stored"
acked=$(wc -l < "$WORK/acked")
lost=$(comm -23 "$WORK/acked" "$WORK/stored" | wc -l)
log "acknowledged $acked (before the failover $(wc -l < "$WORK/acked-1")); lost $lost"
if grep -q panicked "$WORK"/server-*.log; then echo "the server panicked:"; grep -v '^  ' "$WORK"/server-*.log | tail -20; exit 1; fi
[ "$lost" = 0 ] || { echo "ACKNOWLEDGED WRITES LOST"; exit 1; }
echo "no acknowledged write lost"
