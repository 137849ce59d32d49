#!/usr/bin/env bash
# The province's data for the load benchmark, without the load (issue 7): 1,000,000 historical dossiers with their
# timelines and engine history, and 100,000 open tasks, in a PostgreSQL database of their own. About 6 minutes for
# the history and 20 for the open tasks on the shared 2-core machine; progress lines as it goes.
#   bench/generate.sh                                  # database motcua_bench_load, default sizes
#   bench/generate.sh --db=motcua_bench_mine --history=200000 --open-tasks=10000
#   bench/generate.sh --reuse --history=2000000        # adds to what is there
# Then: bench/load.sh --reuse (same --db) measures on it. See BENCHMARKS.md "Load at province scale".
exec "$(dirname "$0")/load.sh" --only=none --warmup=0 "$@"
