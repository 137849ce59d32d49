#!/usr/bin/env bash
# Database bytes per dossier (issue 19: under 100 KB per open dossier with full audit kept; BENCHMARKS.md "Database
# size per dossier"): for each engine history level, a fresh database, the app as production runs it (the whole
# catalog deployed), N online dossiers submitted and accepted at intake (open), then reviewed, signed and returned
# (finished); prints the bytes per dossier by group of tables, as written and live, with verdict lines.
# Not part of `mvn verify`.
#   bench/size.sh                          # 300 dossiers; full with detail rows, full as the app runs it, audit
#   bench/size.sh --dossiers=100 --levels=full --keep   # one level, its database kept (motcua_bench_size_full)
# Needs PostgreSQL at 127.0.0.1:5432, user postgres, trust authentication, or the server named by MOTCUA_TEST_PG_HOST,
# _PORT, _USER, _PASSWORD (as the tests). Its databases are dropped when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-$PWD/target-bench}
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q test-compile dependency:build-classpath -Dfrontend.skip=true -Dbuild.dir="$build" \
    -Dmdep.outputFile="$build/bench.classpath" -Dmdep.includeScope=test >/dev/null
fi
echo "uptime: $(uptime)"
exec java -Xmx${HEAP:-1g} -XX:+UseParallelGC -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" \
  vn.motcua.bench.DossierSizeBenchmark "$@"
