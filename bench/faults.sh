#!/usr/bin/env bash
# Fault benchmark (issue 19 items 4 and 6, BENCHMARKS.md "Faults under load" and "Database failover"): the app on a
# PostgreSQL cluster of its own, dossiers submitted at a steady rate with an Idempotency-Key (retried with the same key
# every second, as a real client does), a fault caused during the submissions and ended; then it prints what the
# clients got, how long there was no service, and what the database holds (every 201 dossier, no duplicates, one
# process instance per dossier, nothing half-written), with verdict lines. Not part of `mvn verify`.
#   bench/faults.sh                          # every scenario below, one after the other, then their verdicts
#   bench/faults.sh --scenario=outage        # one of them:
#     failover  the primary crashes (stop -m immediate) and its streaming replica is promoted 5 s later; the app is on
#               the driver's multi-host URL (targetServerType=primary). Synchronous replica; --async: asynchronous
#     outage    PostgreSQL stopped (immediate) for 60 s, then started again (--gap=S changes the 60)
#     lock      a lock held 10 s on the hot table (dossier, EXCLUSIVE: reads go on, writes wait): answered 503 at the
#               request lock timeout, nothing waits for the whole lock
#     readonly  the server made read-only for 20 s (default_transaction_read_only, as a demoted primary or a full
#               disk's emergency mode): 503, nothing half-written
#     diskfull  the dossiers' tablespace on a 64 MB tmpfs, filled up for 20 s (PostgreSQL "could not extend file",
#               SQLSTATE 53100); a full WAL volume stops PostgreSQL instead, which is the outage
#     kill      two nodes (the second in a process of its own), the second killed with SIGKILL during the submissions;
#               each client retries on the other node with its key
#   bench/faults.sh --keep                   # leave the clusters running afterwards (default: drop them)
#   bench/faults.sh --rate=5 --before=20 --after=30   # the defaults; --gap=S the fault's length
# Needs the Debian PostgreSQL tools (pg_createcluster, pg_ctlcluster, pg_basebackup), run as root or postgres (root for
# diskfull's tmpfs). Re-runnable: the clusters (15/hapri on 5433, 15/harep on 5434) are dropped and created again for
# each scenario. The machine's main cluster (5432) is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
ver=${PG_VERSION:-15}
pri=hapri; rep=harep; pri_port=5433; rep_port=5434; db=motcua_failover
disk=/tmp/motcua-faults-disk
sync=1; keep=; scenario=all
java_args=()
for a in "$@"; do
  case "$a" in
    --async) sync= ;;
    --keep) keep=1 ;;
    --scenario=*) scenario=${a#--scenario=} ;;
    *) java_args+=("$a") ;;
  esac
done
all_scenarios=(failover outage lock readonly diskfull kill)
if [ "$scenario" = all ]; then scenarios=("${all_scenarios[@]}"); else IFS=, read -r -a scenarios <<<"$scenario"; fi
for s in "${scenarios[@]}"; do
  case " ${all_scenarios[*]} " in *" $s "*) ;; *) echo "unknown scenario: $s (one of: ${all_scenarios[*]}, all)"; exit 64 ;; esac
done

if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }
elif [ "$(id -un)" = postgres ]; then as_pg() { "$@"; }
else as_pg() { sudo -u postgres -- "$@"; }; fi
pg_root() { if [ "$(id -u)" = 0 ] || [ "$(id -un)" = postgres ]; then "$@"; else sudo "$@"; fi; }
psql_pri() { as_pg psql -h 127.0.0.1 -p $pri_port -U postgres -d $db -v ON_ERROR_STOP=1 -Atq "$@"; }

exists() { pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$ver $1"; }
drop_clusters() {
  for c in $rep $pri; do
    if exists $c; then pg_root pg_dropcluster --stop "$ver" $c; fi
    # pg_dropcluster leaves the files it did not make (conf.d/*.conf): a new cluster would inherit them
    pg_root rm -rf "/etc/postgresql/$ver/$c"
  done
  if mountpoint -q "$disk" 2>/dev/null; then pg_root umount "$disk"; fi
}

build=${BUILD_DIR:-$PWD/target-bench}
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q test-compile dependency:build-classpath -Dfrontend.skip=true -Dbuild.dir="$build" \
    -Dmdep.outputFile="$build/bench.classpath" -Dmdep.includeScope=test >/dev/null
fi

primary() {
  pg_root pg_createcluster "$ver" $pri -p $pri_port -- --auth-local=trust --auth-host=trust >/dev/null
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "wal_level = replica"
    echo "max_wal_senders = 5"
    echo "wal_keep_size = '256MB'"
    echo "hot_standby = on"
  } | pg_root tee "/etc/postgresql/$ver/$pri/conf.d/failover.conf" >/dev/null
  pg_root pg_ctlcluster "$ver" $pri start
  as_pg createdb -h 127.0.0.1 -p $pri_port -U postgres -E UTF8 -T template0 $db
}

replica() {
  # a cluster of its own (its configuration in /etc), its data directory cloned from the primary
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
    # from now on a commit is acknowledged when the replica has it on disk as well: the promoted replica has every
    # 201 dossier (set once the replica streams: before, the primary's own commits would wait for it)
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
  if [ "$state" != "$want" ]; then echo "the replica does not stream ($want)"; return 1; fi
}

# the commands each scenario passes to vn.motcua.bench.FaultBenchmark
as_pg_prefix=$([ "$(id -u)" = 0 ] && echo "runuser -u postgres --" || true)
psql_cmd="$as_pg_prefix psql -h 127.0.0.1 -p $pri_port -U postgres -d $db -v ON_ERROR_STOP=1 -Atq"
single="jdbc:postgresql://127.0.0.1:$pri_port/$db"

run_scenario() {
  local s=$1 url=$single check=$single
  local args=()
  echo
  echo "======== scenario $s ($(date -u +%H:%M:%S) UTC, uptime: $(uptime))"
  drop_clusters
  primary
  case "$s" in
    failover)
      replica
      url="jdbc:postgresql://127.0.0.1:$pri_port,127.0.0.1:$rep_port/$db?targetServerType=primary"
      check="jdbc:postgresql://127.0.0.1:$rep_port/$db"
      args=(--gap=5 "--fault-on=pg_ctlcluster $ver $pri stop -m immediate" "--fault-off=pg_ctlcluster $ver $rep promote") ;;
    outage)
      args=(--gap=60 "--fault-on=pg_ctlcluster $ver $pri stop -m immediate" "--fault-off=pg_ctlcluster $ver $pri start") ;;
    lock)
      # in the background: the session holds the lock for 10 s and ends by itself
      args=(--gap=10 --slowest=10 "--fault-on=nohup $psql_cmd -c 'begin; lock table dossier in exclusive mode; select pg_sleep(10); commit;' >/dev/null 2>&1 &") ;;
    readonly)
      args=(--gap=20 "--fault-on=$psql_cmd -c 'alter system set default_transaction_read_only = on' -c 'select pg_reload_conf()'"
            "--fault-off=$psql_cmd -c 'alter system reset default_transaction_read_only' -c 'select pg_reload_conf()'") ;;
    diskfull)
      mkdir -p "$disk"
      pg_root mount -t tmpfs -o size=64M tmpfs "$disk"
      pg_root install -d -o postgres -g postgres -m 700 "$disk/ts"
      # after the app made its tables: the dossiers' table (with its TOAST) moved to the small volume; the fault
      # fills what is left of it, the end removes the filler
      args=(--gap=20 "--setup=$psql_cmd -c \"create tablespace small location '$disk/ts'\" -c 'alter table dossier set tablespace small'"
            "--fault-on=fallocate -l \$(( \$(stat -f -c '%a * %S' $disk) )) $disk/filler && df -h $disk | tail -1"
            "--fault-off=rm -f $disk/filler") ;;
    kill)
      args=(--gap=0 --second-node) ;;
  esac
  local status=0
  java -Xmx${HEAP:-1g} -XX:+UseParallelGC -cp "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")" \
    vn.motcua.bench.FaultBenchmark --scenario="$s" --url="$url" --check-url="$check" \
    --log="$build/faults-$s-app.log" "${args[@]}" "${java_args[@]}" 2>&1 | tee "$build/faults-$s.out" || status=$?
  pg_lsclusters | grep -E "^Ver|$pri|$rep" || true
  if [ -z "$keep" ]; then drop_clusters; fi
  return $status
}

echo "uptime: $(uptime)"
echo "nproc: $(nproc)"
overall=0
for s in "${scenarios[@]}"; do
  run_scenario "$s" || overall=1
done
if [ -n "$keep" ]; then
  echo "clusters left (drop them with pg_dropcluster --stop $ver <name>):"; pg_lsclusters
else
  echo "clusters $ver/$pri and $ver/$rep dropped"
fi
echo
echo "======== verdicts"
for s in "${scenarios[@]}"; do
  grep -h "^verdict" "$build/faults-$s.out" 2>/dev/null | sed "s/^/$s: /" || echo "$s: no verdicts (see $build/faults-$s.out)"
done
exit $overall
