#!/usr/bin/env bash
# HTTP benchmark, in one run on this machine (load generator and server share the cores):
#  1. bulk import: `crm import purchases` of a synthetic CSV into one SQLite store, then the same file POSTed
#     to /purchases/import (text/csv) of `crm serve` on another: rows/s of both and their ratio;
#  2. GET /customers/{id} for random ids of the store the import filled (100k customers by default) against
#     GET /bench/ceiling, a constant resource on the same server through the same filters: wrk, 64
#     connections, requests/s, p99 latency and the ratio.
# Usage: tools/bench/http.sh [CUSTOMERS=100000] [PURCHASES=1000000] [SECONDS=20]   (needs wrk, curl, python3)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
customers=${1:-100000} purchases=${2:-1000000} seconds=${3:-20}
jar="$root/crm-bootstrap/target/crm-all.jar"
work="${BENCH_DIR:-/tmp/crm-http-bench}"
rm -rf "$work" && mkdir -p "$work"
crm() { java -XX:+UseParallelGC -jar "$jar" "$@"; }

crm --quiet bench generate --customers "$customers" --purchases "$purchases" --out "$work/purchases.csv"
start=$(date +%s%N)
crm --quiet --store "sqlite:$work/cli.db" import purchases "$work/purchases.csv" > /dev/null
cli_ns=$(( $(date +%s%N) - start ))

token=$(crm --store "sqlite:$work/http.db" --format json apikey create bench --scope read,write \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -XX:+UseParallelGC -Xmx1g -jar "$jar" --store "sqlite:$work/http.db" serve --port "$port" --benchmark-ceiling \
  > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" > /dev/null && break; sleep 0.2; done
start=$(date +%s%N)
curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
  --data-binary "@$work/purchases.csv" "http://127.0.0.1:$port/purchases/import" > "$work/import.json"
http_ns=$(( $(date +%s%N) - start ))
python3 - "$work/import.json" "$purchases" "$cli_ns" "$http_ns" <<'PY'
import json, sys
summary, rows, cli, http = json.load(open(sys.argv[1])), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
assert summary["imported"] == rows, summary
print(f"bulk import of {rows} rows: CLI {cli/1e9:.2f} s ({rows/(cli/1e9):,.0f} rows/s); "
      f"HTTP {http/1e9:.2f} s ({rows/(http/1e9):,.0f} rows/s); ratio {cli/http:.2f}")
PY

python3 -c "
import sqlite3, sys
ids = [r[0] for r in sqlite3.connect('$work/http.db').execute('SELECT id FROM customer')]
open('$work/ids.txt', 'w').write('\n'.join(ids) + '\n')
print(f'{len(ids)} customers in the store')"
cat > "$work/customers.lua" <<LUA
local ids = {}
for line in io.lines("$work/ids.txt") do ids[#ids + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", "/customers/" .. ids[math.random(#ids)], {["Authorization"] = "Bearer $token"})
end
LUA
wrk -t2 -c64 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/bench/ceiling" > /dev/null   # warm-up
wrk -t2 -c64 -d5s -s "$work/customers.lua" "http://127.0.0.1:$port" > /dev/null                           # warm-up
wrk -t2 -c64 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port/bench/ceiling" \
  > "$work/ceiling.txt"
wrk -t2 -c64 -d"${seconds}s" --latency -s "$work/customers.lua" "http://127.0.0.1:$port" > "$work/customers.txt"
python3 - "$work/ceiling.txt" "$work/customers.txt" <<'PY'
import re, sys
def read(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rps, ms, int(errors.group(1)) if errors else 0
ceiling, customer = read(sys.argv[1]), read(sys.argv[2])
for name, (rps, ms, bad) in (("GET /bench/ceiling", ceiling), ("GET /customers/{id}", customer)):
    print(f"{name}: {rps:,.0f} requests/s, p99 {ms:.2f} ms, non-2xx {bad}")
print(f"ratio GET /customers/{{id}} / ceiling: {customer[0]/ceiling[0]:.2f}")
PY
