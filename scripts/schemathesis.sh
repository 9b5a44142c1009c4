#!/usr/bin/env bash
# Schemathesis against the OpenAPI document (/api/v1/openapi.json): a fresh `garita serve --demo`
# on a throwaway SQLite file, then two runs with every check, a fixed seed and few examples per
# operation: one with a traveler's token, one with an officer's (the port console and wait-time
# reports); logging out (DELETE /api/v1/sessions/current) is left out, or it would end the very
# session the run uses. Then one run per other kind of caller (bus line, customs broker,
# agriculture specialist, adjudicator, airline, government agency, enrollment officer, shelter
# staff, and last the administrator) on the operations of its functions. Prints schemathesis' verdict; exit status non-zero if either run found a failure.
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
# CPython 3.11 keeps the AST converter's recursion depth in state shared by all threads: two
# threads building ASTs at once fail with "AST constructor recursion depth mismatch" (a Runtime
# Error in the report; seen in CI from hypothesis describing lambdas and anyio's lazy imports
# under --workers 2; fixed in Python 3.12). A module the venv's interpreter loads at start makes
# compile() -- which ast.parse calls -- take a lock, so ASTs are built one at a time.
SITE=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
cat >"$SITE/garita_ast_lock.py" <<'PY'
import builtins
import sys
import threading

if sys.version_info < (3, 12):
    _lock = threading.Lock()
    _compile = builtins.compile

    def compile(*args, **kwargs):
        with _lock:
            return _compile(*args, **kwargs)

    builtins.compile = compile
PY
echo "import garita_ast_lock" >"$SITE/garita-preload.pth"
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
STARTED=$(date +%s)
GARITA_LOG=warn "$BIN" serve --database "sqlite://$WORK/schemathesis.db" --secret-key "$KEY" \
  --addr 127.0.0.1:$PORT --demo --clock-start "$CLOCK_START" --registrations-per-ip-hour 1000000 \
  --submissions-per-hour 1000000 >"$WORK/server.log" 2>&1 &
SERVER=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 150); do
  grep -q "maria@garita.test" "$WORK/server.log" 2>/dev/null && break
  sleep 0.2
done

token() { # e-mail → bearer token, with the password (and, for staff, a code of the second
  # factor from the otpauth:// URI) that --demo printed for it
  # The service's clock started at $CLOCK_START when the server did: codes follow that clock.
  python3 - "$1" "$WORK/server.log" "$BASE" "$(date -d "$CLOCK_START" +%s)" "$STARTED" <<'PY'
import base64, hashlib, hmac, json, struct, sys, time, urllib.parse, urllib.request
email, log, base = sys.argv[1:4]
now = int(sys.argv[4]) + (time.time() - int(sys.argv[5]))
for line in open(log):
    f = line.split()
    if len(f) >= 3 and f[1] == email:
        body = {"email": email, "password": f[2]}
        uri = next((x for x in f[3:] if x.startswith("otpauth://")), None)
        if uri:  # RFC 6238: HMAC-SHA1 over the 30 s step, dynamic truncation, 6 digits
            secret = urllib.parse.parse_qs(urllib.parse.urlparse(uri).query)["secret"][0]
            key = base64.b32decode(secret + "=" * (-len(secret) % 8))
            mac = hmac.new(key, struct.pack(">Q", int(now) // 30), hashlib.sha1).digest()
            o = mac[-1] & 15
            body["code"] = "%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 10**6)
        req = urllib.request.Request(base + "/api/v1/sessions", json.dumps(body).encode(),
                                     {"content-type": "application/json"})
        print(json.load(urllib.request.urlopen(req))["token"])
        break
else:
    sys.exit(f"{email} is not among the demo accounts")
PY
}
TRAVELER=$(token maria@garita.test)
OFFICER=$(token officer.san-ysidro@garita.test)

run() { # name, token[, path regex: only the operations of that caller's functions]
  echo "== as $1"
  local only=()
  [ -n "${3:-}" ] && only=(--include-path-regex "$3")
  # From the throwaway folder: schemathesis keeps its own files in the working directory.
  (cd "$WORK" && "$VENV/bin/schemathesis" --config-file "$CONFIG" run "$BASE/api/v1/openapi.json" --url "$BASE" \
    -H "Authorization: Bearer $2" --exclude-path /api/v1/sessions/current "${only[@]}" \
    --checks all --seed "$SEED" \
    --max-examples "$EXAMPLES" --workers 2 --no-color)
}
start=$SECONDS
status=0
run traveler "$TRAVELER" || status=1
run officer "$OFFICER" || status=1
# Each other kind of caller, on the operations of its own functions (the traveler's and the
# officer's runs above already see every other operation refuse them).
run "bus line" "$(token member.bus@garita.test)" '^/api/v1/bus-manifests' || status=1
run "customs broker" "$(token member.broker@garita.test)" '^/api/v1/cargo-inspections' || status=1
run "agriculture specialist" "$(token specialist.laredo@garita.test)" '^/api/v1/(cargo-inspections|agriculture|airport-inspections)' || status=1
run adjudicator "$(token adjudicator@garita.test)" '^/api/v1/ata/' || status=1
run airline "$(token member.airline@garita.test)" '^/api/v1/ata/checks' || status=1
run "government agency" "$(token member.agency@garita.test)" '^/api/v1/(ata/case-imports|trusted-travelers/memberships|rosters)' || status=1
run "enrollment officer" "$(token enrollment.otay-mesa@garita.test)" '^/api/v1/trusted-travelers/' || status=1
run "shelter staff" "$(token staff.shelter@garita.test)" '^/api/v1/helpers/' || status=1
# Last, as the administrator on the platform's own operations (policies, organisations' and
# staff's decisions, ports' I-94 visibility, roster quotas and keys, agencies' keys): last,
# because what it changes (policies, grants) could change what the runs above see.
run administrator "$(token admin@garita.test)" '^/api/v1/(admin/|policies|rosters/(keys|quotas)|ata/agency-keys|accounts/)' || status=1
echo "schemathesis $VERSION, seed $SEED, $EXAMPLES examples: $([ $status = 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"
exit $status
