#!/usr/bin/env bash
# The read-only verbs on 5,000 revisions: linear, and with 50 branch/merge points.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$here/work"
"$here/generate-revisions.sh" "$work/linear" 5000
"$here/generate-revisions.sh" "$work/branchy" 5000 50
(cd "$work/linear" && "$here/../retort" upgrade head --no-backup >/dev/null)   # so `current` reads a real version
(cd "$work/branchy" && "$here/../retort" stamp heads >/dev/null)
echo "== 5,000 linear revisions"
"$here/time-commands.sh" "$work/linear" 11 -- heads history current
echo "== 5,000 revisions with 50 branch/merge points"
"$here/time-commands.sh" "$work/branchy" 11 -- heads history current
