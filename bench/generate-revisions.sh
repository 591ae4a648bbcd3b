#!/usr/bin/env bash
# Writes a Retort project with N revisions into DIR.
#   generate-revisions.sh DIR N            a linear history
#   generate-revisions.sh DIR N BRANCHES   the same, with BRANCHES branch points, each closed by a merge
set -euo pipefail
dir=$1; count=$2; branches=${3:-0}
rm -rf "$dir"; mkdir -p "$dir/migrations/versions"
cat > "$dir/retort.toml" <<TOML
[retort]
script_location = "migrations"
url = "jdbc:sqlite:db.sqlite3"
TOML
id() { printf '%012x' "$1"; }
write() {  # id parents message
  cat > "$dir/migrations/versions/$1_rev.java" <<JAVA
// Revision: $1
// Revises: $2
// Create-Date: 2026-11-24T00:00:00Z
// Message: $3

import dev.retort.ops.*;

class Revision_$1 implements Migration {
    public void upgrade(Ops op) {
    }

    public void downgrade(Ops op) {
    }
}
JAVA
}
every=$(( branches > 0 ? count / (branches + 1) : count + 1 ))
prev=""
n=1
while [ "$n" -le "$count" ]; do
  if [ "$branches" -gt 0 ] && [ $(( n % every )) -eq 0 ] && [ $(( n + 2 )) -le "$count" ]; then
    # a branch point: two revisions on top of prev, then a merge of both
    a=$(id "$n"); b=$(id $(( n + 1 ))); m=$(id $(( n + 2 )))
    write "$a" "$prev" "left side $n"
    write "$b" "$prev" "right side $n"
    write "$m" "$a, $b" "merge $n"
    prev=$m; n=$(( n + 3 ))
  else
    cur=$(id "$n"); write "$cur" "$prev" "revision $n"; prev=$cur; n=$(( n + 1 ))
  fi
done
