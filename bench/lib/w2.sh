# W2 (sourced by bench/run): `upgrade head` of one-table revisions on an empty SQLite file, SQL and Java
# revisions, the compile cache cold and warm, and `upgrade head --sql`.
w2="$WORK/w2"
tables="SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name GLOB 't_[0-9]*'"
fresh='rm -f db.sqlite3 db.sqlite3-journal'
made() {  # the check after an upgrade of N revisions: N tables
  echo "expect '$1: tables made' \$(sql db.sqlite3 \"$tables\") $2"
}

for n in $W2_SMALL $W2_LARGE; do
  c=w2.sqlsmall; [ "$n" = "$W2_LARGE" ] && c=w2.sqllarge
  eval "$GEN chain floor sql $n '$w2/floor-$n'"
  eval "$GEN chain retort sql $n '$w2/retort-sql-$n'"
  add_tool "$c" floor "$w2/floor-$n" "sqlite3 db.sqlite3 < script.sql" "$fresh" "$(made floor $n)"
  add_tool "$c" retort "$w2/retort-sql-$n" "$R upgrade head" "$fresh" "$(made retort $n)"
  if $have_alembic && { [ "$n" = "$W2_SMALL" ] || [ "${BENCH_ALEMBIC_5000:-0}" = 1 ]; }; then
    eval "$GEN chain alembic sql $n '$w2/alembic-sql-$n'"
    add_tool "$c" alembic "$w2/alembic-sql-$n" "$A upgrade head" "$fresh" "$(made alembic $n)"
  fi
  if $have_flyway && [ "$n" = "$W2_SMALL" ]; then
    eval "$GEN chain flyway sql $n '$w2/flyway-$n'"
    add_tool "$c" flyway "$w2/flyway-$n" "$FLYWAY db.sqlite3 ." "$fresh" "$(made flyway $n)"
  fi
  if [ "$c" = w2.sqllarge ]; then
    run_case "$c" "\`upgrade head\`, $n SQL revisions, empty SQLite file" "$RUNS_LARGE"
  else
    run_case "$c" "\`upgrade head\`, $n SQL revisions, empty SQLite file"
  fi
done

n=$W2_SMALL
eval "$GEN chain retort java $n '$w2/retort-java'"
$have_alembic && eval "$GEN chain alembic java $n '$w2/alembic-java'"
# Cold: Retort without its compile cache, Alembic without its bytecode cache (__pycache__).
add_tool w2.javacold floor "$w2/floor-$n" "sqlite3 db.sqlite3 < script.sql" "$fresh" "$(made floor $n)"
add_tool w2.javacold retort "$w2/retort-java" "$R upgrade head" "$fresh; rm -rf .retort-cache" "$(made retort $n)"
$have_alembic && add_tool w2.javacold alembic "$w2/alembic-java" "$A upgrade head" \
  "$fresh; rm -rf migrations/versions/__pycache__ migrations/__pycache__" "$(made alembic $n)"
run_case w2.javacold "\`upgrade head\`, $n Java (Alembic: Python) revisions, first run (compile cache cold)"

add_tool w2.javawarm floor "$w2/floor-$n" "sqlite3 db.sqlite3 < script.sql" "$fresh" "$(made floor $n)"
add_tool w2.javawarm retort "$w2/retort-java" "$R upgrade head" "$fresh" "$(made retort $n)"
$have_alembic && add_tool w2.javawarm alembic "$w2/alembic-java" "$A upgrade head" "$fresh" "$(made alembic $n)"
run_case w2.javawarm "\`upgrade head\`, $n Java (Alembic: Python) revisions, compile cache warm"

record w2.tables.sql "$(sql "$w2/retort-sql-$W2_LARGE/db.sqlite3" "$tables")"
record w2.tables.java "$(sql "$w2/retort-java/db.sqlite3" "$tables")"

creates="^CREATE TABLE t_"
add_tool w2.offsql retort "$w2/retort-sql-$n" "$R upgrade head --sql" "$fresh" "expect 'retort --sql' \$(count_output '$creates') $n"
$have_alembic && add_tool w2.offsql alembic "$w2/alembic-sql-$n" "$A upgrade head --sql" "$fresh" \
  "expect 'alembic --sql' \$(count_output '$creates') $n"
run_case w2.offsql "\`upgrade head --sql\`, $n SQL revisions"

add_tool w2.offjava retort "$w2/retort-java" "$R upgrade head --sql" "$fresh" "expect 'retort --sql' \$(count_output '$creates') $n"
$have_alembic && add_tool w2.offjava alembic "$w2/alembic-java" "$A upgrade head --sql" "$fresh" \
  "expect 'alembic --sql' \$(count_output '$creates') $n"
run_case w2.offjava "\`upgrade head --sql\`, $n Java (Alembic: Python) revisions, cache warm"
