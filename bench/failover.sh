#!/usr/bin/env bash
# Database failover under submissions (issue 19 item 6, BENCHMARKS.md "Database failover"): the primary crashes and its
# streaming replica is promoted. The "failover" scenario of bench/faults.sh, which says what it does and its options.
#   bench/failover.sh            # synchronous replica
#   bench/failover.sh --async    # asynchronous replica
exec "$(dirname "$0")/faults.sh" --scenario=failover "$@"
