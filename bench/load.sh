#!/usr/bin/env bash
# Load benchmark (issue 7): the app on PostgreSQL with the province's history and open tasks, loaded over HTTP at
# rising rates; prints throughput and p50/p95/p99 per scenario and the app / bare engine ratio of submissions.
# See BENCHMARKS.md "Load at province scale". Not part of `mvn verify`.
#   bench/load.sh                      # 1,000,000 historical dossiers, 100,000 open tasks (about 15 min the first time),
#                                      # then bench/size.sh, bench/startup.sh and bench/faults.sh, and every target of
#                                      # issue 19 with its verdict at the end (about 1 h 15 in all: 14 min of data, 1 h of runs)
#   bench/load.sh --load-only          # the load scenarios only, without the three others
#   bench/load.sh --quick              # small data, short steps: a 2-minute check that everything works
#   bench/load.sh --reuse              # same database, data already there: re-measure after a change
#   bench/load.sh --only=tracking,tasklist --reuse
# Options: --history=N --open-tasks=N --db=motcua_bench_NAME --step-seconds=N --threads=N --out=FILE
# Needs PostgreSQL at 127.0.0.1:5432, user postgres, trust authentication, or the server named by MOTCUA_TEST_PG_HOST,
# _PORT, _USER, _PASSWORD (as the tests; but never an embedded one: the database outlives the run for --reuse).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-$PWD/target-bench}
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q test-compile dependency:build-classpath -Dfrontend.skip=true -Dbuild.dir="$build" \
    -Dmdep.outputFile="$build/bench.classpath" -Dmdep.includeScope=test >/dev/null
fi
# the whole run (no --only, no --quick) measures the other targets too; --load-only leaves them out
all=1; args=()
for a in "$@"; do
  case "$a" in
    --only=*|--quick) all=; args+=("$a") ;;
    --load-only) all= ;;
    *) args+=("$a") ;;
  esac
done
echo "uptime: $(uptime)"
if [ -z "$all" ]; then
  exec java -Xmx${HEAP:-2g} -XX:+UseParallelGC -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" \
    vn.motcua.bench.LoadBenchmark "${args[@]}"
fi

# one after the other, never side by side (the machine's cores are the thing measured); each one's output kept
status=0
run() {
  local name=$1; shift
  echo; echo "======== $name ($(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "$@" 2>&1 | tee "$build/all-$name.out" || status=1
}
run load java -Xmx${HEAP:-2g} -XX:+UseParallelGC -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" \
  vn.motcua.bench.LoadBenchmark "${args[@]}"
run size env SKIP_BUILD=1 BUILD_DIR="$build" bench/size.sh
run startup env BUILD_DIR="$build" SKIP_BUILD=1 bench/startup.sh
if command -v pg_createcluster >/dev/null && { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then
  run faults env SKIP_BUILD=1 BUILD_DIR="$build" bench/faults.sh
else
  echo "faults: not run (needs the Debian PostgreSQL tools and root or sudo: bench/faults.sh)" | tee "$build/all-faults.out"
fi

echo
echo "======== every target of issue 19 ($(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg))"
grep -h "^target " "$build/all-load.out" | sed 's/^/load: /' || echo "load: no targets (see $build/all-load.out)"
grep -h "^verdict" "$build/all-size.out" | sed 's/^/size: /' || echo "size: no verdicts (see $build/all-size.out)"
grep -h "^verdict" "$build/all-startup.out" | sed 's/^/startup: /' || echo "startup: no verdicts (see $build/all-startup.out)"
sed -n '/^======== verdicts/,$p' "$build/all-faults.out" | grep -v "^========" | sed 's/^/faults: /' \
  || echo "faults: no verdicts (see $build/all-faults.out)"
exit $status
