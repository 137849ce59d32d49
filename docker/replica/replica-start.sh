#!/bin/bash
# The replica: cloned from the primary when its data directory is empty, then started as a hot standby.
set -euo pipefail
PGDATA=/var/lib/postgresql/data
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h postgres-primary -U motcua; do sleep 1; done
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  su postgres -c "PGPASSWORD='${MOTCUA_REPLICATION_PASSWORD}' pg_basebackup -h postgres-primary -U replicator \
    -D '$PGDATA' -X stream -R -P"
fi
exec su postgres -c "postgres -D '$PGDATA' -c hot_standby=on"
