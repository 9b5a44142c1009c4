#!/usr/bin/env bash
# Lighthouse (mobile, its default form factor and throttling) on three of Garita's pages: the
# home page, the group page and the request form, the last two logged in as the demo traveler
# maria@garita.test. Builds Garita, starts it with --demo on a throwaway SQLite file, logs in
# through /login with curl (CSRF token from the form, cookie jar), hands the session cookie to
# Lighthouse with --extra-headers, and prints the accessibility, performance and best-practices
# scores and each page's transferred (compressed) bytes. Exits 1 if a page misses a target:
# accessibility 1.0, performance >= 0.95, best practices >= 0.95.
#
# Needs Debian's chromium (CHROME_PATH, default /usr/bin/chromium), node and e2e/node_modules
# (installed here with `npm ci` if missing). Reports: test-artifacts/lighthouse/<page>.{json,html}.
# GARITA_BIN=path skips the build and uses that binary; GARITA_PROFILE=release builds --release.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if [ -z "${GARITA_BIN:-}" ]; then
  if [ "${GARITA_PROFILE:-debug}" = release ]; then
    cargo build --release --locked -p garita
    GARITA_BIN=target/release/garita
  else
    cargo build --locked -p garita
    GARITA_BIN=target/debug/garita
  fi
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME_PATH" ] || { echo "no Chromium at $CHROME_PATH (Debian: apt-get install chromium)" >&2; exit 1; }
[ -f e2e/node_modules/lighthouse/cli/index.js ] || (cd e2e && npm ci --no-audit --no-fund)
LIGHTHOUSE="node $ROOT/e2e/node_modules/lighthouse/cli/index.js"

WORK=$(mktemp -d /tmp/garita-lighthouse.XXXXXX)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
BASE="http://127.0.0.1:$PORT"
KEY=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
GARITA_LOG=warn "$GARITA_BIN" serve --demo --addr "127.0.0.1:$PORT" --database "sqlite://$WORK/lighthouse.db" \
  --secret-key "$KEY" >"$WORK/stdout" 2>"$WORK/stderr" &
SERVER_PID=$!
for _ in $(seq 1 600); do
  grep -q 'Garita is serving on' "$WORK/stdout" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/stdout" "$WORK/stderr" >&2; echo "garita exited" >&2; exit 1; }
  sleep 0.1
done
grep -q 'Garita is serving on' "$WORK/stdout" || { echo "garita did not start" >&2; exit 1; }

# Log in as María through the form, as a browser would.
PASSWORD=$(awk '$2 == "maria@garita.test" { print $3 }' "$WORK/stdout")
JAR="$WORK/cookies"
CSRF=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="csrf_token" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
  --data-urlencode "csrf_token=$CSRF" --data-urlencode "email=maria@garita.test" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "next=" "$BASE/login")
[ "$STATUS" = 303 ] || { echo "login failed: HTTP $STATUS" >&2; exit 1; }
SESSION=$(awk '$6 == "garita-session" { print $7 }' "$JAR")
CSRF_COOKIE=$(awk '$6 == "garita-csrf" { print $7 }' "$JAR")
[ -n "$SESSION" ] && [ -n "$CSRF_COOKIE" ] || { echo "no session cookie after login" >&2; exit 1; }
# Both cookies: with the CSRF one present the server sets none, so Chromium's own (empty)
# cookie jar never replaces this header on the page's images.
printf '{"Cookie": "garita-session=%s; garita-csrf=%s"}\n' "$SESSION" "$CSRF_COOKIE" >"$WORK/headers.json"

OUT=test-artifacts/lighthouse
mkdir -p "$OUT"
FLAGS="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$WORK/chromium"
run_lighthouse() { # name path [extra args]
  local name=$1 path=$2
  shift 2
  rm -rf "$WORK/chromium"
  $LIGHTHOUSE "$BASE$path" --quiet --output=json --output=html --output-path="$OUT/$name" \
    --only-categories=accessibility,performance,best-practices --chrome-flags="$FLAGS" \
    --disable-full-page-screenshot "$@"
}
run_lighthouse home /
run_lighthouse group /group --extra-headers="$WORK/headers.json"
run_lighthouse request /appointment/request --extra-headers="$WORK/headers.json"

node --input-type=module - "$OUT" home group request <<'EOF'
import { readFileSync } from 'node:fs';
const [dir, ...pages] = process.argv.slice(2);
const targets = { accessibility: 1, performance: 0.95, 'best-practices': 0.95 };
let missed = 0;
console.log('page       accessibility  performance  best-practices  transferred (bytes, compressed)');
for (const name of pages) {
  const r = JSON.parse(readFileSync(`${dir}/${name}.report.json`, 'utf8'));
  const score = (c) => r.categories[c].score;
  const items = r.audits['network-requests']?.details?.items ?? [];
  const transferred = items.reduce((n, i) => n + (i.transferSize || 0), 0);
  const parts = items.map((i) => `${new URL(i.url).pathname} ${i.transferSize}`).join(', ');
  const fmt = (c) => (score(c) === null ? 'n/a' : score(c).toFixed(2)).padEnd(c === 'accessibility' ? 15 : c === 'performance' ? 13 : 16);
  console.log(`${name.padEnd(11)}${fmt('accessibility')}${fmt('performance')}${fmt('best-practices')}${transferred}  (${parts})`);
  if (r.runWarnings?.length) console.log(`  warnings: ${r.runWarnings.join(' | ')}`);
  if (r.finalDisplayedUrl && new URL(r.finalDisplayedUrl).pathname !== new URL(r.requestedUrl).pathname) {
    console.log(`  ended on ${r.finalDisplayedUrl} (not logged in?)`);
    missed += 1;
  }
  for (const [c, min] of Object.entries(targets)) {
    if (score(c) === null || score(c) < min) {
      missed += 1;
      const failing = r.categories[c].auditRefs
        .filter((a) => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score < 1)
        .map((a) => `${a.id} (${r.audits[a.id].displayValue || r.audits[a.id].score})`);
      console.log(`  ${c} below ${min}: ${failing.join(', ')}`);
    }
  }
}
console.log(`reports: ${dir}/<page>.report.{html,json}`);
process.exit(missed ? 1 : 0);
EOF
