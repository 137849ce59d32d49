#!/usr/bin/env bash
# Start-up benchmark (issue 4): cold start with the whole catalog deployed, heap after GC, and the restart when
# nothing changed, on the embedded database; each for the two ways to run the app:
#   jar        java -jar motcua.jar (the fat jar as Maven builds it)
#   extracted  the jar extracted (java -Djarmode=tools -jar motcua.jar extract) with a class data sharing archive
#              from a training run, as docker/Dockerfile runs it
# Prints one line per figure. Usage:
#   bench/startup.sh            # builds the jar first
#   SKIP_BUILD=1 bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
work=$(mktemp -d /tmp/motcua-bench.XXXXXX)
jar_dir=${BUILD_DIR:-target-bench}
case "$jar_dir" in /*) ;; *) jar_dir=$PWD/$jar_dir ;; esac
if [ -z "${SKIP_BUILD:-}" ] || ! ls "$jar_dir"/motcua-*.jar >/dev/null 2>&1; then
  mvn -B -q package -DskipTests -Dfrontend.skip=true -Dbuild.dir="$jar_dir" >/dev/null
fi
jar=$(ls "$jar_dir"/motcua-*.jar | grep -v original | head -n 1)
pid=
trap 'if [ -n "$pid" ]; then kill $pid 2>/dev/null || true; fi; rm -rf "$work"' EXIT

if curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then
  echo "port $port is already in use: stop that app or set PORT"; exit 1
fi

# start_app <log> <data dir> <java args...>: starts the app, waits until /actuator/health answers, sets $elapsed
start_app() {
  local log=$1 data=$2; shift 2
  local t0=$(date +%s.%N)
  PORT=$port MOTCUA_DATA_DIR=$data java -Xmx1g "$@" --motcua.notification.initial-delay=PT1H >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "app died, see $log"; exit 1; }
    sleep 0.1
  done
  elapsed=$(echo "$(date +%s.%N) - $t0" | bc)
}

stop_app() {
  kill $pid; wait $pid 2>/dev/null || true; pid=
}

heap_after_gc() {
  jcmd "$1" GC.run >/dev/null
  sleep 1
  jcmd "$1" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'
}

# verdict <what> <seconds> <bound>: issue 19's start-up targets, one line each
verdict() {
  local met=NO
  if [ "$(echo "$2 <= $3" | bc)" = 1 ]; then met=yes; fi
  printf 'verdict %s <= %s s: %s (%.1f s)\n' "$1" "$3" "$met" "$2"
}

# measure <variant> <java args...>
measure() {
  local variant=$1; shift
  local data="$work/data-$variant"
  start_app "$work/$variant-cold.log" "$data" "$@"
  local cold=$elapsed
  local procedures=$(curl -s "http://127.0.0.1:$port/api/v1/procedures" | grep -o '"code"' | wc -l)
  local deployed=$(grep -o '[0-9]* process definitions newly deployed' "$work/$variant-cold.log" | head -1 || true)
  local heap=$(heap_after_gc $pid)
  stop_app
  start_app "$work/$variant-warm.log" "$data" "$@"
  local warm=$elapsed
  local again=$(grep -o 'unchanged since the last deployment\|[0-9]* process definitions newly deployed' "$work/$variant-warm.log" | head -1 || true)
  stop_app
  echo "[$variant] procedures in the catalog API:  $procedures"
  echo "[$variant] cold start (empty database):    ${cold} s  (${deployed})"
  echo "[$variant] heap used after GC:             ${heap}"
  echo "[$variant] restart, nothing changed:       ${warm} s  (${again})"
  cold_s[$variant]=$cold; warm_s[$variant]=$warm
}
declare -A cold_s warm_s

measure jar -jar "$jar"

# the extracted layout with a class data sharing archive, made by a training run on a throwaway database
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app_jar=$(ls "$work"/app/motcua-*.jar | head -n 1)
MOTCUA_DATA_DIR="$work/training" java -XX:ArchiveClassesAtExit="$work/app/motcua.jsa" -Dspring.context.exit=onRefresh \
  -jar "$app_jar" --server.port=0 --motcua.models.deploy-generated-catalog=false >"$work/training.log" 2>&1
measure extracted -XX:SharedArchiveFile="$work/app/motcua.jsa" -jar "$app_jar"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# issue 19: cold start with the whole catalog <= 15 s; unchanged restart <= 5 s extracted + CDS, <= 10 s as a plain jar
verdict "cold start, whole catalog, plain jar" "${cold_s[jar]}" 15
verdict "cold start, whole catalog, extracted + CDS" "${cold_s[extracted]}" 15
verdict "restart, nothing changed, extracted + CDS" "${warm_s[extracted]}" 5
verdict "restart, nothing changed, plain jar" "${warm_s[jar]}" 10
