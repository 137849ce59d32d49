#!/usr/bin/env bash
# NPSP sync benchmark (issue 15): the app on PostgreSQL with its partner simulators, online submissions at rising
# open-loop rates while the node's sender delivers the outbox; prints per step the sync's throughput and lag, then how
# fast an outage's backlog drains. See BENCHMARKS.md "NPSP sync". Not part of `mvn verify`.
#   bench/npsp-sync.sh                                    # rates 20,40,60,80,120 /s, 30 s each (about 6 minutes)
#   bench/npsp-sync.sh --rates=20,60 --step-seconds=15    # a quick check
# Options: --rates=A,B,.. --step-seconds=N --outage-seconds=N --sent-history=N --db=motcua_bench_NAME --out=FILE
# Needs PostgreSQL at 127.0.0.1:5432, user postgres, trust authentication (as the tests); creates its own database
# motcua_bench_npsp (drop it when done: dropdb -h 127.0.0.1 -U postgres motcua_bench_npsp).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-$PWD/target-bench}
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q test-compile dependency:build-classpath -Dfrontend.skip=true -Dbuild.dir="$build" \
    -Dmdep.outputFile="$build/bench.classpath" -Dmdep.includeScope=test >/dev/null
fi
echo "uptime: $(uptime)"
exec java -Xmx${HEAP:-2g} -XX:+UseParallelGC -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" \
  vn.motcua.bench.NpspSyncBenchmark "$@"
