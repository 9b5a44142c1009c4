#!/usr/bin/env bash
# Login burst (BENCHMARKS.md): a release `garita serve` on a throwaway SQLite file, then 200
# wrong logins fired at once, twice: on one account (from 127.0.0.1), and on 200 different
# e-mails from one other address (127.0.0.2). Prints, for each burst, how many attempts were
# evaluated (answered 401: the password was checked) and how many refused (429/503), and the
# server's peak memory (VmHWM from /proc/PID/status). Loopback only.
#   scripts/bench-login-burst.sh            # builds and measures target/release/garita
#   BIN=/path/to/garita scripts/bench-login-burst.sh   # measures another build (e.g. before a fix)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-200}
PORT=${PORT:-18090}
if [ -z "${BIN:-}" ]; then
  cargo build --release --locked -q -p garita
  BIN=$PWD/target/release/garita
fi
WORK=$(mktemp -d /tmp/garita-login-burst.XXXXXX)
KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

GARITA_LOG=warn "$BIN" serve --database "sqlite://$WORK/burst.db" --secret-key "$KEY" \
  --addr 127.0.0.1:$PORT >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/v1/ports" 2>/dev/null && break
  sleep 0.2
done
echo "machine: $(nproc) cores; server pid $SERVER; $N logins per burst"
echo "memory at start: $(awk '/VmRSS/{printf "%.0f MiB", $2/1024}' /proc/$SERVER/status)"

python3 - "$PORT" "$N" "$SERVER" <<'PY'
import http.client, json, sys, threading, collections

port, n, pid = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]

def post(path, body, source):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=120, source_address=(source, 0))
    try:
        c.request("POST", path, json.dumps(body), {"content-type": "application/json"})
        return c.getresponse().status
    except Exception as e:
        return type(e).__name__
    finally:
        c.close()

def hwm():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) // 1024

def burst(name, source, body_of):
    statuses = [None] * n
    start = threading.Barrier(n)
    def one(i):
        start.wait()
        statuses[i] = post("/api/v1/sessions", body_of(i), source)
    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads: t.start()
    for t in threads: t.join()
    counts = collections.Counter(statuses)
    print(f"{name}: evaluated {counts.get(401, 0)} (401), refused {counts.get(429, 0)} (429)"
          f" + {counts.get(503, 0)} (503), other {sum(v for k, v in counts.items() if k not in (401, 429, 503))};"
          f" peak RSS so far {hwm()} MiB")

email = "burst@example.org"
status = post("/api/v1/accounts", {"email": email, "password": "a long harmless passphrase"}, "127.0.0.3")
assert status == 201, f"registration answered {status}"
burst("one account, 127.0.0.1 (limit 5 per account)", "127.0.0.1",
      lambda i: {"email": email, "password": "wrong password!"})
burst(f"{n} e-mails, 127.0.0.2 (limit 30 per address)", "127.0.0.2",
      lambda i: {"email": f"nobody{i}@example.org", "password": "wrong password!"})
PY
echo "peak RSS (VmHWM): $(awk '/VmHWM/{printf "%.0f MiB", $2/1024}' /proc/$SERVER/status)"
