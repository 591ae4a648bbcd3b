#!/usr/bin/env bash
# Table rebuild on SQLite: Retort against the sqlite3 shell doing SQLite's 12 steps by hand, same data.
# parent: 1,000,000 rows, two indexes; child: 1,000,000 rows referencing parent ON DELETE CASCADE.
# The change: drop one column of parent, add one. The dropped column carries an unnamed UNIQUE constraint,
# which SQLite's own ALTER TABLE DROP COLUMN refuses, so both sides rebuild the table.
#   rebuild-bench.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs=${1:-3}
work="$here/work/rebuild"
rm -rf "$work"; mkdir -p "$work/project/migrations/versions"

sqlite3 "$work/seed.sqlite3" <<'SQL'
PRAGMA journal_mode = DELETE;
CREATE TABLE parent (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    legacy_code VARCHAR(20) UNIQUE,
    score INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_parent_name ON parent (name);
CREATE INDEX ix_parent_score ON parent (score);
CREATE TABLE child (
    id INTEGER NOT NULL PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
    note TEXT
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO parent (id, name, legacy_code, score) SELECT i, 'parent ' || i, 'L' || i, i % 100 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
INSERT INTO child (id, parent_id, note) SELECT i, 1 + (i * 7919) % 1000000, 'note ' || i FROM n;
SQL

cat > "$work/project/retort.toml" <<'TOML'
[retort]
script_location = "migrations"
url = "jdbc:sqlite:db.sqlite3"
[sqlite]
foreign_keys = true
backup = "off"
TOML
cat > "$work/project/migrations/versions/aaaaaaaaaaaa_baseline.java" <<'JAVA'
// Revision: aaaaaaaaaaaa
// Revises:
// Message: baseline: the tables exist already

import dev.retort.ops.*;

class Revision_aaaaaaaaaaaa implements Migration {
    public void upgrade(Ops op) {
    }

    public void downgrade(Ops op) {
    }
}
JAVA
cat > "$work/project/migrations/versions/bbbbbbbbbbbb_rework_parent.java" <<'JAVA'
// Revision: bbbbbbbbbbbb
// Revises: aaaaaaaaaaaa
// Message: drop parent.legacy_code and add parent.region

import dev.retort.ops.*;
import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_bbbbbbbbbbbb implements Migration {
    public void upgrade(Ops op) {
        op.dropUniqueConstraint("parent", "legacy_code");
        op.dropColumn("parent", "legacy_code");
        op.addColumn("parent", column("region", string(20)).notNull().defaultValue("'eu'"));
    }

    public void downgrade(Ops op) {
        op.dropColumn("parent", "region");
        op.addColumn("parent", column("legacy_code", string(20)).unique());
    }
}
JAVA

# The same change by hand, following https://www.sqlite.org/lang_altertable.html (section 7).
cat > "$work/by-hand.sql" <<'SQL'
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE parent_new (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    score INTEGER NOT NULL DEFAULT 0,
    region VARCHAR(20) NOT NULL DEFAULT 'eu'
);
INSERT INTO parent_new (id, name, score) SELECT id, name, score FROM parent;
DROP TABLE parent;
ALTER TABLE parent_new RENAME TO parent;
CREATE INDEX ix_parent_name ON parent (name);
CREATE INDEX ix_parent_score ON parent (score);
PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;
SQL

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# Warm the compile cache and the page cache once, outside the timings.
cp "$work/seed.sqlite3" "$work/project/db.sqlite3"
(cd "$work/project" && "$here/../retort" stamp aaaaaaaaaaaa >/dev/null && "$here/../retort" upgrade head >/dev/null)

hand=(); retort=()
for _ in $(seq "$runs"); do
  cp "$work/seed.sqlite3" "$work/hand.sqlite3"
  t=$(date +%s%N); sqlite3 "$work/hand.sqlite3" < "$work/by-hand.sql" >/dev/null; hand+=($(ms "$t"))

  cp "$work/seed.sqlite3" "$work/project/db.sqlite3"
  (cd "$work/project" && "$here/../retort" stamp aaaaaaaaaaaa >/dev/null)
  t=$(date +%s%N); (cd "$work/project" && "$here/../retort" upgrade head >/dev/null); retort+=($(ms "$t"))
  rows=$(sqlite3 "$work/project/db.sqlite3" "SELECT (SELECT count(*) FROM parent) || ' ' || (SELECT count(*) FROM child)")
  [ "$rows" = "1000000 1000000" ] || { echo "rows lost: $rows" >&2; exit 1; }
done
h=$(median "${hand[@]}"); r=$(median "${retort[@]}")
echo "sqlite3 by hand:  median ${h} ms (${hand[*]})"
echo "retort upgrade:   median ${r} ms (${retort[*]}), JVM start included"
awk -v r="$r" -v h="$h" 'BEGIN { printf "ratio retort / by hand: %.2f\n", r / h }'
