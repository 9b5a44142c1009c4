#!/usr/bin/env bash
# Load benchmark (BENCHMARKS.md): in one run, Garita on SQLite and on PostgreSQL with realistic
# data (100,000 travelers in groups, one day's requests, a finished draw), measured with wrk at
# 64 and 256 connections for: a logged-in traveler's status page, a request submission, the
# public wait-times feed, and a bare "hello" handler in the same binary (the machine's
# ceiling). Prints requests/s, p50/p99 latency, errors, and each as a ratio to the ceiling.
# Traffic goes to 127.0.0.1 only; every wrk run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
TRAVELERS=${TRAVELERS:-100000}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
# BIN=/path/to/garita measures that binary (e.g. an earlier build, for a before/after in the
# same conditions); otherwise the release build of this tree.
if [ -z "${BIN:-}" ]; then cargo build --release --locked -q; BIN=$PWD/target/release/garita; fi
WORK=$(mktemp -d /tmp/garita-bench.XXXXXX)
KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
PORT=${PORT:-18080}

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT=${PG_PORT:-55439}
run_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = "0" ] && chown postgres "$WORK"
PG_USER=$( [ "$(id -u)" = "0" ] && echo postgres || id -un )
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  run_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
run_pg "$PG_BIN/initdb" -D "$WORK/pg" --auth=trust -U "$PG_USER" >/dev/null
run_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200" -w start >/dev/null
psql -h 127.0.0.1 -p $PG_PORT -U "$PG_USER" -d postgres -qc "CREATE DATABASE garita_bench" >/dev/null

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(wrk -v 2>&1 | head -1)"
RESULTS=$WORK/results.tsv
: > "$RESULTS"
for engine in ${ENGINES:-sqlite postgres}; do
  if [ $engine = sqlite ]; then DB="sqlite://$WORK/bench.db"; else DB="postgres://$PG_USER@127.0.0.1:$PG_PORT/garita_bench"; fi
  "$BIN" bench seed --database "$DB" --secret-key "$KEY" --travelers "$TRAVELERS" --sessions 2000 --tokens-file "$WORK/tokens-$engine" | sed "s/^/[$engine] /"
  # A request needs a verified address; seeds before 2026-12-01 left them unverified, so the
  # submissions measured were refusals (409 email-not-verified). Mark them for older binaries.
  VERIFY="UPDATE accounts SET email_verified_at = created_at WHERE email_verified_at IS NULL"
  if [ $engine = sqlite ]; then
    python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()' "$WORK/bench.db" "$VERIFY"
  else
    psql -h 127.0.0.1 -p $PG_PORT -U "$PG_USER" -d garita_bench -qc "$VERIFY" >/dev/null
  fi
  GARITA_LOG=warn "$BIN" serve --database "$DB" --secret-key "$KEY" --addr 127.0.0.1:$PORT --bench-routes \
    --submissions-per-hour 100000000 --max-in-flight 4096 >"$WORK/server-$engine.log" 2>&1 &
  SERVER=$!
  # Startup may take a while on a large seed (migrations, the identifier backfill): wait for
  # it (up to READY_SECS), say how long it took, and stop if it never answers.
  t0=$(date +%s.%N); ready=
  for _ in $(seq $(( ${READY_SECS:-300} * 5 ))); do
    curl -sf http://127.0.0.1:$PORT/healthz >/dev/null && { ready=1; break; }
    kill -0 $SERVER 2>/dev/null || break
    sleep 0.2
  done
  if [ -z "$ready" ]; then
    cp "$WORK/server-$engine.log" "/tmp/garita-bench-server-$engine.log"
    echo "[$engine] the server did not answer /healthz: /tmp/garita-bench-server-$engine.log" >&2
    exit 1
  fi
  echo "[$engine] server ready $(python3 -c "import sys; print(round($(date +%s.%N) - $t0, 1))") s after start"
  for conns in 64 256; do
    for endpoint in hello status submit feed; do
      line=$(GARITA_TOKENS="$WORK/tokens-$engine" wrk -t2 -c$conns -d${DURATION}s --timeout 10s -s scripts/bench/$endpoint.lua http://127.0.0.1:$PORT | grep '^RESULT ' | sed 's/^RESULT //')
      printf '%s\t%s\t%s\t%s\n' "$engine" "$conns" "$endpoint" "$line" >> "$RESULTS"
      echo "[$engine c=$conns] $endpoint $line"
    done
  done
  kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=
  if grep -q 'ERROR\|panicked' "$WORK/server-$engine.log"; then
    cp "$WORK/server-$engine.log" "/tmp/garita-bench-server-$engine.log"
    [ $engine = postgres ] && cp "$WORK/pg.log" /tmp/garita-bench-postgresql.log
    echo "[$engine] the server logged errors: /tmp/garita-bench-server-$engine.log"
  fi
done

python3 - "$RESULTS" <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
data = {}
for engine, conns, endpoint, js in rows:
    r = json.loads(js)
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    data[(engine, int(conns), endpoint)] = r
print()
print(f"{'engine':9} {'conns':>5} {'endpoint':8} {'req/s':>9} {'of ceiling':>10} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
for (engine, conns, endpoint), r in sorted(data.items(), key=lambda kv: (kv[0][0] != "sqlite", kv[0][1], ["hello","status","submit","feed"].index(kv[0][2]))):
    ceiling = data[(engine, conns, "hello")]["rps"]
    print(f"{engine:9} {conns:5d} {endpoint:8} {r['rps']:9.0f} {r['rps']/ceiling:10.1%} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['errors_status']+r['errors_socket']:7d}")
PY
