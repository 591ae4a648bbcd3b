# W1 (sourced by bench/run): start-up, and heads / history / current on W1_REVISIONS revisions in a line.
w1="$WORK/w1"
eval "$GEN chain retort empty $W1_REVISIONS '$w1/retort'"
(cd "$w1/retort" && "$RETORT" stamp head >/dev/null)
if $have_alembic; then
  eval "$GEN chain alembic empty $W1_REVISIONS '$w1/alembic'"
  (cd "$w1/alembic" && $A stamp head >/dev/null 2>&1)
fi
last=$(printf '%012x' "$W1_REVISIONS")

add_tool w1.start jvm "$w1" "$BARE_JVM"
add_tool w1.start retort "$w1/retort" "$R --version"
$have_alembic && add_tool w1.start alembic "$w1/alembic" "$A --version"
run_case w1.start "start-up: a bare JVM, \`retort --version\`, \`alembic --version\`"

for verb in heads history current; do
  add_tool "w1.$verb" retort "$w1/retort" "$R $verb" "" "expect 'retort $verb' \$(count_output '$last') 1"
  if $have_alembic; then
    add_tool "w1.$verb" alembic "$w1/alembic" "$A $verb" "" "expect 'alembic $verb' \$(count_output '$last') 1"
  fi
  run_case "w1.$verb" "\`$verb\` on $W1_REVISIONS revisions"
done
record w1.revisions "$W1_REVISIONS"
