#!/usr/bin/env bash
# Load benchmark of policy-server (not a test): starts the server jar on a loopback port, drives
# POST /api/v1/assess and POST /api/v1/next-questions with the Jiaohe sample firm from many
# concurrent connections with wrk (Debian package `wrk`), samples the server's memory while it
# runs, and writes the figures into benchmarks/RESULTS.md between the server-load markers.
#
#   benchmarks/server-load.sh [SECONDS] [CONNECTIONS]      (default 60 s, 64 connections)
#
# Environment: WARMUP_LOW (seconds of warm-up at 4 connections, default 30), WARMUP (then at the full
# count, default 30), HEAP (default 256m), PORT, NO_BUILD=1 to measure the jar
# already in policy-server/target without rebuilding it.
#
# Loopback only: the server binds 127.0.0.1 and wrk calls 127.0.0.1. wrk and the server share the
# machine, so on 2 cores the figures are a floor for a server given the whole machine.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-60}"
CONNECTIONS="${2:-64}"
PORT="${PORT:-18099}"
HEAP="${HEAP:-256m}"
OUT=benchmarks/target/server-load
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
# Always rebuilt: a jar left from an older checkout would measure the wrong server.
[ -n "${NO_BUILD:-}" ] || mvn -q -B -ntp -DskipTests -Dmaven.javadoc.skip=true package -pl policy-server -am

java -Xms"$HEAP" -Xmx"$HEAP" -Xlog:gc:file="$OUT/gc.log" -jar policy-server/target/policy-server.jar --port "$PORT" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break
  sleep 0.5
done

cat >"$OUT/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BODY"), "r"))
wrk.body = f:read("*a")
f:close()
done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, non2xx))
end
LUA

# Memory: resident size and heap after each phase (a full GC first, so that live data is measured).
memory() {
  jcmd "$SERVER" GC.run >/dev/null 2>&1 || true
  local rss heap
  rss=$(ps -o rss= -p "$SERVER" | tr -d ' ')
  heap=$(jcmd "$SERVER" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')
  echo "$1 rss_kb=$rss heap_used=$heap"
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; } # user + system time of the server, in clock ticks

# Heap allocated by the server: what is in use now, plus what the collections since line $1 of the GC log
# freed ("Pause Young ... 150M->20M(256M)"), in KB. Like CPU time, a figure that load disturbs little.
heap_used_kb() { jcmd "$SERVER" GC.heap_info 2>/dev/null | awk '/ heap / {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); print v; exit}}'; }
gc_lines() { wc -l <"$OUT/gc.log"; }
freed_kb() { tail -n +$(($1 + 1)) "$OUT/gc.log" | head -n $(($2 - $1)) | grep -o '[0-9]*M->[0-9]*M' | awk -F'M->|M' '{s += $1 - $2} END {print s * 1024 + 0}'; }

run() { # name path
  # A warm-up so that the JIT has compiled the paths before the measured run: first at 4
  # connections, then at the full count. Measured (2026-12-02): from a cold start at 64 connections
  # the request threads keep both cores busy and starve the JIT's compiler threads, so after a
  # minute an assess still cost 660-770 µs of server CPU; after 30 s at 4 connections and 30 s at 64
  # it cost 167-198 µs. Steady state is what the figures below report.
  BODY=policy-cli/samples/jiaohe-firm.json wrk -t2 -c4 -d"${WARMUP_LOW:-30}s" -s "$OUT/post.lua" \
    "http://127.0.0.1:$PORT$2" >/dev/null
  BODY=policy-cli/samples/jiaohe-firm.json wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-30}s" -s "$OUT/post.lua" \
    "http://127.0.0.1:$PORT$2" >/dev/null
  memory "before-$1" | tee -a "$OUT/memory.txt"
  ( for _ in $(seq 1 $((DURATION / 10))); do sleep 10; ps -o rss= -p "$SERVER" | tr -d ' '; done ) >"$OUT/rss-$1.txt" &
  local sampler=$!
  local cpu0; cpu0=$(cpu_ticks)
  local used0; used0=$(heap_used_kb)
  local gc0; gc0=$(gc_lines)
  BODY=policy-cli/samples/jiaohe-firm.json wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency \
    -s "$OUT/post.lua" "http://127.0.0.1:$PORT$2" | tee "$OUT/wrk-$1.txt"
  local cpu1; cpu1=$(cpu_ticks)
  local used1; used1=$(heap_used_kb)
  local gc1; gc1=$(gc_lines)
  # CPU time of the server per request: a figure that other processes on the machine disturb far less than requests/s.
  local requests; requests=$(grep '^RESULT' "$OUT/wrk-$1.txt" | tr ' ' '\n' | awk -F= '$1=="requests" {print $2}')
  echo "$1 cpu_us_per_request=$(( (cpu1 - cpu0) * 1000000 / $(getconf CLK_TCK) / requests ))" | tee -a "$OUT/cpu.txt"
  echo "$1 alloc_kb_per_request=$(( (used1 - used0 + $(freed_kb "$gc0" "$gc1")) / requests ))" | tee -a "$OUT/alloc.txt"
  wait $sampler || true
  memory "after-$1" | tee -a "$OUT/memory.txt"
}

: >"$OUT/memory.txt"
: >"$OUT/cpu.txt"
: >"$OUT/alloc.txt"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
run assess /api/v1/assess
run next-questions /api/v1/next-questions

row() { # name
  local r; r=$(grep '^RESULT' "$OUT/wrk-$1.txt")
  local v; v() { echo "$r" | tr ' ' '\n' | awk -F= -v k="$1" '$1==k {print $2}'; }
  local rss; rss=$(tr '\n' ' ' <"$OUT/rss-$1.txt" | awk '{for (i=1;i<=NF;i++) printf "%s%d", (i>1?", ":""), $i/1024}')
  local cpu; cpu=$(awk -F= -v k="$1" '$0 ~ "^" k " " {print $2}' "$OUT/cpu.txt")
  local alloc; alloc=$(awk -F= -v k="$1" '$0 ~ "^" k " " {print $2}' "$OUT/alloc.txt")
  echo "| \`POST /api/v1/$1\` | $(v rps) | $(v p50_ms) | $(v p90_ms) | $(v p99_ms) | $(v max_ms) | $(v errors) / $(v non2xx) | $cpu | $alloc | $rss |"
}

CPU=$(awk -F: '/model name/ {gsub(/^ +/, "", $2); print $2; exit}' /proc/cpuinfo)
{
  echo "<!-- server-load:start -->"
  echo "## HTTP server load (policy-server)"
  echo
  echo "Written by \`benchmarks/server-load.sh\` on $(date -u +%Y-%m-%d): wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'),"
  echo "$CONNECTIONS connections, 2 threads, ${DURATION} s per endpoint after a warm-up of ${WARMUP_LOW:-30} s at 4 connections and ${WARMUP:-30} s at $CONNECTIONS, over loopback; body: the Jiaohe"
  echo "sample firm (\`policy-cli/samples/jiaohe-firm.json\`); server \`java -Xmx$HEAP -jar policy-server.jar\` on"
  echo "$(nproc) cores ($CPU), JDK $(java -version 2>&1 | head -1 | awk -F'"' '{print $2}'). wrk runs on the same cores as the server."
  echo "Load average of the machine when the run started: $LOAD_BEFORE (1, 5, 15 min); anything above 2 means other"
  echo "processes took most of the two cores and the figures are far below what the server does on its own."
  echo
  echo "| endpoint | requests/s | p50 ms | p90 ms | p99 ms | max ms | socket errors / non-2xx | server CPU µs / request | server heap KB allocated / request | server RSS every 10 s (MiB) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  row assess
  row next-questions
  echo
  echo "Heap in use after a full GC, before and after each run (flat memory means these stay level):"
  echo
  echo '```'
  cat "$OUT/memory.txt"
  echo '```'
  echo "<!-- server-load:end -->"
} >"$OUT/section.md"

# Replace the section in RESULTS.md (or append it once).
python3 - "$OUT/section.md" benchmarks/RESULTS.md <<'PY'
import re, sys
section = open(sys.argv[1]).read().rstrip("\n")
path = sys.argv[2]
text = open(path).read()
pattern = re.compile(r"<!-- server-load:start -->.*?<!-- server-load:end -->", re.S)
text = pattern.sub(lambda m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
echo "wrote the server-load section of benchmarks/RESULTS.md"
