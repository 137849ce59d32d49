#!/usr/bin/env bash
# Start-up benchmark (issue 4): cold start with the whole catalog deployed, heap after GC, and the restart
# when nothing changed, on the embedded database. Prints one line per figure.
#   bench/startup.sh            # builds the jar first
#   SKIP_BUILD=1 bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
data=$(mktemp -d /tmp/motcua-bench.XXXXXX)
jar_dir=${BUILD_DIR:-target-bench}
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q package -DskipTests -Dfrontend.skip=true -Dbuild.dir="$PWD/$jar_dir" >/dev/null
fi
jar=$(ls "$jar_dir"/motcua-*.jar | grep -v original | head -n 1)

start_app() {
  local log=$1
  local t0=$(date +%s.%N)
  PORT=$port MOTCUA_DATA_DIR=$data java -Xmx1g -jar "$jar" --motcua.notification.initial-delay=PT1H >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "app died, see $log"; exit 1; }
    sleep 0.2
  done
  local t1=$(date +%s.%N)
  elapsed=$(echo "$t1 - $t0" | bc)
}

heap_after_gc() {
  jcmd "$1" GC.run >/dev/null
  sleep 1
  jcmd "$1" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'
}

if curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then
  echo "port $port is already in use: stop that app or set PORT"; exit 1
fi
trap 'kill $pid 2>/dev/null || true' EXIT
start_app /tmp/motcua-bench-cold.log
cold=$elapsed
procedures=$(curl -s "http://127.0.0.1:$port/api/v1/procedures" | grep -o '"code"' | wc -l)
definitions=$(grep -o '[0-9]* process definitions newly deployed' /tmp/motcua-bench-cold.log | head -1 || true)
heap=$(heap_after_gc $pid)
kill $pid; wait $pid 2>/dev/null || true
start_app /tmp/motcua-bench-warm.log
warm=$elapsed
redeployed=$(grep -o '[0-9]* process definitions newly deployed' /tmp/motcua-bench-warm.log | head -1 || true)
kill $pid; wait $pid 2>/dev/null || true
rm -rf "$data"

echo "procedures in the catalog API:     $procedures"
echo "cold start (empty database):       ${cold} s  (${definitions})"
echo "heap used after GC:                ${heap}"
echo "restart, nothing changed:          ${warm} s  (${redeployed})"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
