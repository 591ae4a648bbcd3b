#!/usr/bin/env bash
# Autogenerate on 300 JPA entities against a database that differs from them in 30 places (issue 4):
# 10 added columns, 5 dropped columns, 5 new tables, 5 new indexes, 5 nullability changes.
#   bench/autogen-bench.sh [RUNS]      (default 5; times whole `retort` processes, JVM start included)
# Uses retort-cli/target/retort.jar as it is (`./retort` builds it when missing); rebuild it after changes.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
retort="$here/retort"
runs=${1:-5}
work="$here/bench/work/autogen"
rm -rf "$work"; mkdir -p "$work"
cd "$work"

"$retort" init . >/dev/null
java "$here/bench/AutogenSchema.java" "$work"
use_models() { sed -i -E "s|^#? ?models = .*|models = \"$1\"|" retort.toml; }
sed -i -E 's|^backup = .*|backup = "off"|' retort.toml

# The database: what models-db/ describes, made the way a project's would be (autogenerate, upgrade).
use_models models-db
"$retort" revision --autogenerate -m "baseline" >/dev/null
"$retort" upgrade head >/dev/null
tables=$(sqlite3 db.sqlite3 "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'retort_%' AND name NOT LIKE 'sqlite_%'")
[ "$tables" = 295 ] || { echo "expected 295 tables in the database, found $tables" >&2; exit 1; }

use_models models
set +e; "$retort" check > check.out 2>&1; code=$?; set -e
[ "$code" = 3 ] || { echo "check should exit 3 before the revision, exited $code" >&2; cat check.out >&2; exit 1; }

expect() {  # file pattern count
  local found; found=$(grep -c -E "$2" "$1" || true)
  [ "$found" = "$3" ] || { echo "expected $3 lines matching '$2' in $1, found $found" >&2; cat "$1" >&2; exit 1; }
}
expect check.out '^Differs: ' 30
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$retort" revision --autogenerate -m "bench run" > run.out
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  expect run.out '^Detected ' 30
  expect run.out '^Detected add column ' 10
  expect run.out '^Detected drop column ' 5
  expect run.out '^Detected create table ' 5
  expect run.out '^Detected create index ' 5
  expect run.out '^Detected alter column .*nullable -> NOT NULL' 5
  if [ "$i" -lt "$runs" ]; then rm migrations/versions/*_bench_run.java; fi
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "revision --autogenerate (300 entities, 30 differences): median ${sorted[$(( runs / 2 ))]} ms" \
     "(min ${sorted[0]}, max ${sorted[$(( runs - 1 ))]}, $runs runs)"

# The last revision written must do what it says: upgrade, then no difference left.
"$retort" upgrade head >/dev/null
"$retort" check >/dev/null || { echo "check still finds differences after upgrading" >&2; exit 1; }
echo "upgrade head with the generated revision, then check: no differences"
