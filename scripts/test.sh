#!/usr/bin/env bash
# Runs Garita's whole test suite: every test on SQLite, then every integration test again on a
# throwaway PostgreSQL cluster (started here as a non-root user, in a temp directory, and
# stopped at the end), then the browser journeys and accessibility checks in headless
# Chromium. Needs PostgreSQL's server binaries (Debian: postgresql), Chromium (Debian:
# chromium) and Node.js with npm; .ci/run installs what is missing on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage prints its name, and the seconds the previous one took.
stage_started=""
stage_name=""
stage() {
  local t
  t=$(date +%s)
  if [ -n "$stage_started" ]; then echo "== ($stage_name: $((t - stage_started)) s)"; fi
  stage_name=$1
  stage_started=$t
  [ -n "$1" ] && echo "== $1"
  return 0
}

stage "lint gate: cargo fmt --check, cargo clippy -D warnings"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

# No test may depend on the hour it runs: the suites run with the wall clock set (libfaketime;
# monotonic timers keep real time) to a late evening in the cycle's zone (23:30 America/Chicago,
# already tomorrow in UTC) for SQLite, and to a minute before noon for PostgreSQL. Tests read the
# service's clock, never the wall clock; these two hours are where a test that did would break.
# (Each engine runs once: a third, unfaked pass at whatever hour CI starts added ~6 minutes and
# no hour the two faked ones do not cover.) Everything is built first at the real time, so cargo's
# fingerprints are written unfaked.
if ! command -v faketime >/dev/null; then
  echo "faketime (Debian: faketime) is needed to run the suites at other hours (see .ci/run)" >&2
  exit 1
fi
today_central=$(TZ=America/Chicago date +%F)
late=$(date -u -d "TZ=\"America/Chicago\" $today_central 23:30" '+%Y-%m-%d %H:%M:%S')
noon=$(date -u -d "TZ=\"America/Chicago\" $today_central 11:59" '+%Y-%m-%d %H:%M:%S')
at() { local when=$1; shift; TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "@$when" "$@"; }

stage "build the tests"
cargo test --workspace --locked --no-run

stage "cargo test (SQLite: unit, property and integration tests) at 23:30 America/Chicago ($late UTC); doc tests"
at "$late" cargo test --workspace --locked --tests
# rustdoc deadlocks under libfaketime (it waits on a futex forever): the doc tests, which read no
# clock, run unfaked.
cargo test --workspace --locked --doc

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found: install Debian's 'postgresql' package (see .ci/run)" >&2
  exit 1
fi
PG_DIR=$(mktemp -d /tmp/garita-pg.XXXXXX)
PG_PORT=${GARITA_TEST_PG_PORT:-55432}
PG_USER=$(id -un)
run_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = "0" ]; then
  chown postgres "$PG_DIR"
  PG_USER=postgres
fi
stop_pg() { run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap stop_pg EXIT
run_pg "$PG_BIN/initdb" -D "$PG_DIR/data" --auth=trust -U "$PG_USER" >/dev/null
run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off" -w start >/dev/null

stage "cargo test (PostgreSQL on 127.0.0.1:$PG_PORT, integration tests) at 11:59 America/Chicago ($noon UTC)"
GARITA_TEST_POSTGRES="postgres://$PG_USER@127.0.0.1:$PG_PORT" at "$noon" cargo test --workspace --locked --tests -- --test-threads 4

stage "API against its OpenAPI document (schemathesis, every check, fixed seed)"
# The binary `cargo test --no-run` built for the integration tests (target/debug/garita): a
# separate `cargo build` compiled the crate again without the dev-dependencies' features
# (~2 minutes on a fresh machine) for nothing the run needs.
BIN=$PWD/target/debug/garita bash scripts/schemathesis.sh

# The browser journeys start the service's clock at 10:00 Central of the day whatever the hour
# (--clock-start), so the wall clock reaches them only through the dates their Node code reads
# (drawDays, TOTP codes, cycle days): they run once, at 23:30 America/Chicago — already tomorrow
# in UTC, the hour where code that read the wall clock instead of the service's would break.
# (They ran twice, unfaked and again at 23:30 for the files reading the clock: ~4–6 minutes of
# CI for an hour the faked run already covers.)
stage "browser journeys and accessibility (Chromium, axe-core) at 23:30 America/Chicago ($late UTC)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || ! command -v node >/dev/null; then
  echo "Chromium (Debian: chromium) and Node.js are needed for the browser tests (see .ci/run)" >&2
  exit 1
fi
(cd e2e && npm ci --no-audit --no-fund --loglevel=error)
# One journey file at a time: two at once (each has its own server, database, SMTP server and
# Chromium) took 351 s instead of ~460, but a service worker's offline check
# (smaller_things: "the start page opens offline") then failed once on the shared cores.
(cd e2e && at "$late" node --test --test-concurrency=1)

stage "the Stripe-protocol double's webhook signatures, checked by Stripe's official library (npm stripe)"
GARITA_REQUIRE_STRIPE_LIBRARY=1 cargo test --locked -p garita --test suite -- payments::the_doubles_signatures_verify_with_stripes_official_library

stage ""
echo "== all suites passed"
