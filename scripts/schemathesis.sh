#!/usr/bin/env bash
# Schemathesis against the OpenAPI document (/api/v1/openapi.json): a fresh `garita serve --demo`
# on a throwaway SQLite file, then two runs with every check, a fixed seed and few examples per
# operation: one with a traveler's token, one with an officer's (the port console and wait-time
# reports); logging out (DELETE /api/v1/sessions/current) is left out, or it would end the very
# session the run uses. Prints schemathesis' verdict; exit status non-zero if either run found a failure.
# Schemathesis is pinned and installed into a venv under /tmp (reused if present). Loopback only.
#   scripts/schemathesis.sh                     # builds and tests target/debug/garita
#   BIN=/path/to/garita scripts/schemathesis.sh # tests another build
#   EXAMPLES=20 SEED=7 scripts/schemathesis.sh  # more examples, another seed
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=4.32.5
VENV=${VENV:-/tmp/garita-schemathesis-$VERSION}
PORT=${PORT:-18091}
SEED=${SEED:-20261201}
EXAMPLES=${EXAMPLES:-8}
CONFIG=$PWD/scripts/schemathesis.toml
if [ -z "${BIN:-}" ]; then
  cargo build --locked -q -p garita
  BIN=$PWD/target/debug/garita
fi
if [ ! -x "$VENV/bin/schemathesis" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "schemathesis==$VERSION"
fi
WORK=$(mktemp -d /tmp/garita-schemathesis.XXXXXX)
KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The service's clock starts at 10:00 Central today, as in the browser journeys, so the demo's
# offers and appointments are in the same state whatever the hour the run starts.
CLOCK_START=$(date -u -d "TZ=\"America/Chicago\" $(TZ=America/Chicago date +%F) 10:00" +%Y-%m-%dT%H:%M:%SZ)
# Throttles raised so that examples are answered on their merits, not with 429 after the
# twentieth; the throttles have their own tests.
GARITA_LOG=warn "$BIN" serve --database "sqlite://$WORK/schemathesis.db" --secret-key "$KEY" \
  --addr 127.0.0.1:$PORT --demo --clock-start "$CLOCK_START" --registrations-per-ip-hour 1000000 \
  --submissions-per-hour 1000000 >"$WORK/server.log" 2>&1 &
SERVER=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 150); do
  grep -q "maria@garita.test" "$WORK/server.log" 2>/dev/null && break
  sleep 0.2
done

token() { # e-mail → bearer token, with the password --demo printed for it
  local password
  password=$(awk -v e="$1" '$2 == e {print $3}' "$WORK/server.log")
  curl -fsS "$BASE/api/v1/sessions" -H 'content-type: application/json' \
    -d "{\"email\": \"$1\", \"password\": \"$password\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
TRAVELER=$(token maria@garita.test)
OFFICER=$(token officer.san-ysidro@garita.test)

run() { # name, token
  echo "== as $1"
  # From the throwaway folder: schemathesis keeps its own files in the working directory.
  (cd "$WORK" && "$VENV/bin/schemathesis" --config-file "$CONFIG" run "$BASE/api/v1/openapi.json" --url "$BASE" \
    -H "Authorization: Bearer $2" --exclude-path /api/v1/sessions/current \
    --checks all --seed "$SEED" \
    --max-examples "$EXAMPLES" --workers 2 --no-color)
}
start=$SECONDS
status=0
run traveler "$TRAVELER" || status=1
run officer "$OFFICER" || status=1
echo "schemathesis $VERSION, seed $SEED, $EXAMPLES examples: $([ $status = 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"
exit $status
