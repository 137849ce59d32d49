#!/usr/bin/env bash
# Moves the running dossiers of a procedure to another version of its process (README "Changing a procedure
# without stranding dossiers"): prints the plan with the dossiers that would be stranded, then, when the plan is
# valid and you confirm (or --yes), applies it: every dossier migrates, or none.
#   scripts/migrate-dossiers.sh <process key> <source version> [<target version>] [--yes]
# Environment: MOTCUA_URL (default http://localhost:8080), MOTCUA_USER (admin), MOTCUA_PASSWORD (demo).
set -euo pipefail
key=${1:?usage: migrate-dossiers.sh <process key> <source version> [<target version>] [--yes]}
source=${2:?source version}
target=null; yes=false
for a in "${@:3}"; do [[ "$a" == "--yes" ]] && yes=true || target=$a; done
url=${MOTCUA_URL:-http://localhost:8080}
auth="${MOTCUA_USER:-admin}:${MOTCUA_PASSWORD:-demo}"
body="{\"processKey\":\"$key\",\"sourceVersion\":$source,\"targetVersion\":$target}"
plan=$(curl -sS --fail-with-body -u "$auth" -H 'Content-Type: application/json' -d "$body" "$url/api/v1/admin/process-migrations/plan")
echo "$plan"
if ! grep -q '"valid":true' <<<"$plan"; then
  echo "Kế hoạch không hợp lệ: không chuyển hồ sơ nào / The plan is not valid: nothing migrated" >&2; exit 1
fi
if [[ $yes != true ]]; then read -r -p "Apply? [y/N] " ok; [[ $ok == y* ]] || exit 0; fi
curl -sS --fail-with-body -u "$auth" -H 'Content-Type: application/json' -d "$body" "$url/api/v1/admin/process-migrations/apply"
echo
