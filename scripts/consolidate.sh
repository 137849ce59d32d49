#!/usr/bin/env bash
# Imports an old system's export (JSON lines, README "Consolidating the merged provinces' dossiers") through the
# administrators' API, streaming the file; prints the run's report. Run it again on the same file after a failure:
# the unfinished run resumes at its last checkpoint; on a finished file it changes nothing.
#   scripts/consolidate.sh export.jsonl [--dry-run]
# Environment: MOTCUA_URL (default http://localhost:8080), MOTCUA_USER (admin), MOTCUA_PASSWORD (demo).
set -euo pipefail
file=${1:?usage: consolidate.sh <export.jsonl> [--dry-run]}
dry=false; [[ "${2:-}" == "--dry-run" ]] && dry=true
url=${MOTCUA_URL:-http://localhost:8080}
curl -sS --fail-with-body -u "${MOTCUA_USER:-admin}:${MOTCUA_PASSWORD:-demo}" \
  -H 'Content-Type: application/x-ndjson' -T "$file" -X POST \
  "$url/api/v1/admin/consolidation/imports?dryRun=$dry&fileName=$(basename "$file")"
echo
