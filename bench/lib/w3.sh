# W3 (sourced by bench/run): the safe rebuild of a parent table of W3_ROWS rows with a child of W3_ROWS rows
# referencing it, foreign keys on, against SQLite's 12 steps by hand in the sqlite3 shell.
w3="$WORK/w3"
mkdir -p "$w3"
eval "$GEN rebuild seed '$w3'"
sqlite3 "$w3/seed.sqlite3" < "$w3/seed.sql" >/dev/null
eval "$GEN rebuild floor '$w3/floor'"
eval "$GEN rebuild retort '$w3/retort'"
rows="SELECT (SELECT count(*) FROM parent) || ' ' || (SELECT count(*) FROM child)"
kept="$W3_ROWS $W3_ROWS"

add_tool w3.rebuild floor "$w3/floor" "sqlite3 db.sqlite3 < by-hand.sql" "cp '$w3/seed.sqlite3' db.sqlite3" \
  "expect 'floor: parent and child rows' \"\$(sql db.sqlite3 \"$rows\")\" '$kept'"
add_tool w3.rebuild retort "$w3/retort" "$R upgrade head" \
  "cp '$w3/seed.sqlite3' db.sqlite3 && '$RETORT' stamp aaaaaaaaaaaa >/dev/null" \
  "expect 'retort: parent and child rows' \"\$(sql db.sqlite3 \"$rows\")\" '$kept'"
run_case w3.rebuild "rebuild of a $W3_ROWS-row parent with a $W3_ROWS-row child, foreign keys on"
record w3.rows.before "$(sql "$w3/seed.sqlite3" "$rows")"
record w3.rows.after.floor "$(sql "$w3/floor/db.sqlite3" "$rows")"
record w3.rows.after.retort "$(sql "$w3/retort/db.sqlite3" "$rows")"
record w3.column.retort "$(sql "$w3/retort/db.sqlite3" "SELECT group_concat(name, ' ') FROM pragma_table_info('parent')")"
