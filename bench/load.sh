#!/usr/bin/env bash
# Load benchmark (issue 7): the app on PostgreSQL with the province's history and open tasks, loaded over HTTP at
# rising rates; prints throughput and p50/p95/p99 per scenario and the app / bare engine ratio of submissions.
# See BENCHMARKS.md "Load at province scale". Not part of `mvn verify`.
#   bench/load.sh                      # 1,000,000 historical dossiers, 100,000 open tasks (about 30 min the first time)
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
echo "uptime: $(uptime)"
exec java -Xmx${HEAP:-2g} -XX:+UseParallelGC -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" \
  vn.motcua.bench.LoadBenchmark "$@"
