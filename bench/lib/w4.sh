# W4 (sourced by bench/run): W3's rebuild with foreign keys on, Retort against Alembic's batch mode; what
# counts is the child rows before and after (the parent's ON DELETE CASCADE fires when a tool drops it).
w4="$WORK/w4"
[ -f "$WORK/w3/seed.sqlite3" ] || source "$BENCH/lib/w3.sh"
seed="$WORK/w3/seed.sqlite3"
eval "$GEN rebuild retort '$w4/retort'"
children="SELECT count(*) FROM child"
add_tool w4.rebuild retort "$w4/retort" "$R upgrade head" \
  "cp '$seed' db.sqlite3 && '$RETORT' stamp aaaaaaaaaaaa >/dev/null"
if $have_alembic; then
  eval "$GEN rebuild alembic '$w4/alembic'"
  add_tool w4.rebuild alembic "$w4/alembic" "$A upgrade head" "cp '$seed' db.sqlite3"
fi
run_case w4.rebuild "the same rebuild, foreign keys on: Retort and Alembic's batch mode"
record w4.child.before "$(sql "$seed" "$children")"
record w4.child.after.retort "$(sql "$w4/retort/db.sqlite3" "$children")"
record w4.parent.after.retort "$(sql "$w4/retort/db.sqlite3" "SELECT count(*) FROM parent")"
if $have_alembic; then
  record w4.child.after.alembic "$(sql "$w4/alembic/db.sqlite3" "$children")"
  record w4.parent.after.alembic "$(sql "$w4/alembic/db.sqlite3" "SELECT count(*) FROM parent")"
fi
