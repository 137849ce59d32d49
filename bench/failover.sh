#!/usr/bin/env bash
# Database failover benchmark (issue 19 item 6, BENCHMARKS.md "Database failover"): a PostgreSQL primary with a
# streaming replica on this machine, the app connected through the driver's multi-host URL (targetServerType=primary),
# dossiers submitted at a steady rate with an Idempotency-Key (retried with the same key, as a real client does), the
# primary stopped (immediate: as a crash) during the submissions and the replica promoted; then it prints what the
# clients got, how long there was no service, and what the promoted database holds (every 201 dossier, no
# duplicates, one process instance per dossier), with verdict lines. Not part of `mvn verify`.
#   bench/failover.sh                        # synchronous replica (a commit waits for the replica): 0 lost
#   bench/failover.sh --async                # asynchronous replica: what the last commits before the crash risk
#   bench/failover.sh --keep                 # leave both clusters running afterwards (default: drop them)
#   bench/failover.sh --rate=5 --before=20 --gap=5 --after=30   # the defaults
# --rate submissions/s; --before seconds before the primary is stopped; --gap seconds between the stop and the
# promotion (a failover manager's detection time); --after seconds of submissions after the promotion.
# Needs the Debian PostgreSQL tools (pg_createcluster, pg_ctlcluster, pg_basebackup), run as root or postgres.
# Re-runnable: both clusters (15/hapri on 5433, 15/harep on 5434) are dropped and created again at the start. The
# machine's main cluster (5432) is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
ver=${PG_VERSION:-15}
pri=hapri; rep=harep; pri_port=5433; rep_port=5434; db=motcua_failover
sync=1; keep=
java_args=()
for a in "$@"; do
  case "$a" in
    --async) sync= ;;
    --keep) keep=1 ;;
    *) java_args+=("$a") ;;
  esac
done

if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }
elif [ "$(id -un)" = postgres ]; then as_pg() { "$@"; }
else as_pg() { sudo -u postgres -- "$@"; }; fi
pg_root() { if [ "$(id -u)" = 0 ] || [ "$(id -un)" = postgres ]; then "$@"; else sudo "$@"; fi; }

exists() { pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$ver $1"; }
drop_clusters() {
  for c in $rep $pri; do
    if exists $c; then pg_root pg_dropcluster --stop "$ver" $c; fi
    # pg_dropcluster leaves the files it did not make (conf.d/*.conf): a new cluster would inherit them
    pg_root rm -rf "/etc/postgresql/$ver/$c"
  done
}

build=${BUILD_DIR:-$PWD/target-bench}
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q test-compile dependency:build-classpath -Dfrontend.skip=true -Dbuild.dir="$build" \
    -Dmdep.outputFile="$build/bench.classpath" -Dmdep.includeScope=test >/dev/null
fi

echo "uptime: $(uptime)"
echo "nproc: $(nproc)"
echo "== clusters: $ver/$pri (primary, port $pri_port) and $ver/$rep (streaming replica, port $rep_port), $([ -n "$sync" ] && echo synchronous || echo asynchronous) replication"
drop_clusters
pg_root pg_createcluster "$ver" $pri -p $pri_port -- --auth-local=trust --auth-host=trust >/dev/null
conf=/etc/postgresql/$ver/$pri/conf.d/failover.conf
{
  echo "listen_addresses = '127.0.0.1'"
  echo "wal_level = replica"
  echo "max_wal_senders = 5"
  echo "wal_keep_size = '256MB'"
  echo "hot_standby = on"
} | pg_root tee "$conf" >/dev/null
pg_root pg_ctlcluster "$ver" $pri start
as_pg createdb -h 127.0.0.1 -p $pri_port -U postgres -E UTF8 -T template0 $db

# the replica: a cluster of its own (its configuration in /etc), its data directory cloned from the primary
pg_root pg_createcluster "$ver" $rep -p $rep_port -- --auth-local=trust --auth-host=trust >/dev/null
rep_data=$(pg_lsclusters -h | awk -v v="$ver" -v c=$rep '$1==v && $2==c {print $6}')
pg_root find "$rep_data" -mindepth 1 -delete
as_pg pg_basebackup -h 127.0.0.1 -p $pri_port -U postgres -D "$rep_data" -R -X stream -c fast
# -R wrote standby.signal and primary_conninfo; the primary knows the replica by this application_name
echo "primary_conninfo = 'host=127.0.0.1 port=$pri_port user=postgres application_name=$rep'" \
  | as_pg tee -a "$rep_data/postgresql.auto.conf" >/dev/null
echo "listen_addresses = '127.0.0.1'" | pg_root tee /etc/postgresql/$ver/$rep/conf.d/failover.conf >/dev/null
pg_root pg_ctlcluster "$ver" $rep start
if [ -n "$sync" ]; then
  # from now on a commit is acknowledged when the replica has it on disk as well: the promoted replica has every 201
  # dossier (set once the replica streams: before, the primary's own commits would wait for it)
  echo "synchronous_standby_names = '$rep'" | pg_root tee /etc/postgresql/$ver/$pri/conf.d/synchronous.conf >/dev/null
  pg_root pg_ctlcluster "$ver" $pri reload
fi
want=$([ -n "$sync" ] && echo sync || echo async)
for i in $(seq 1 60); do
  state=$(as_pg psql -h 127.0.0.1 -p $pri_port -U postgres -Atc \
    "select sync_state from pg_stat_replication where application_name = '$rep'" 2>/dev/null || true)
  if [ "$state" = "$want" ]; then break; fi
  sleep 1
done
echo "replica streaming: sync_state=${state:-none}, in recovery: $(as_pg psql -h 127.0.0.1 -p $rep_port -U postgres -Atc 'select pg_is_in_recovery()')"
if [ "$state" != "$want" ]; then echo "the replica does not stream ($want)"; exit 1; fi
pg_lsclusters | grep -E "^Ver|$pri|$rep"

status=0
java -Xmx${HEAP:-1g} -XX:+UseParallelGC -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" \
  vn.motcua.bench.FailoverBenchmark \
  --url="jdbc:postgresql://127.0.0.1:$pri_port,127.0.0.1:$rep_port/$db?targetServerType=primary" \
  --promoted-url="jdbc:postgresql://127.0.0.1:$rep_port/$db" \
  --stop="pg_ctlcluster $ver $pri stop -m immediate" \
  --promote="pg_ctlcluster $ver $rep promote" \
  --log="$build/failover-app.log" \
  "${java_args[@]}" || status=$?

pg_lsclusters | grep -E "^Ver|$pri|$rep"
if [ -n "$keep" ]; then
  echo "clusters left: $ver/$rep is the primary now (port $rep_port), $ver/$pri is stopped; drop both with"
  echo "  pg_dropcluster --stop $ver $rep; pg_dropcluster --stop $ver $pri"
else
  drop_clusters
  echo "clusters $ver/$pri and $ver/$rep dropped"
fi
exit $status
