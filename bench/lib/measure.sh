# Timing for bench/run (sourced). A case is a list of tools, each a directory and a command; every run
# of a tool first calls its prepare step (not timed), then times the whole process with its peak memory,
# then calls its check step (not timed) on what the run printed and left behind.
#   add_tool CASE TOOL DIR 'COMMAND' [PREPARE] [CHECK]
#   run_case CASE 'label for the report'
declare -A TOOL_DIR TOOL_CMD TOOL_PREP TOOL_CHECK
declare -A CASE_TOOLS

add_tool() {
  local c=$1 t=$2
  TOOL_DIR[$c.$t]=$3; TOOL_CMD[$c.$t]=$4; TOOL_PREP[$c.$t]=${5:-true}; TOOL_CHECK[$c.$t]=${6:-true}
  CASE_TOOLS[$c]="${CASE_TOOLS[$c]:-} $t"
}

# One run of TOOL in CASE; the milliseconds and the peak resident set (KiB) go to raw/CASE.TOOL unless warm-up.
one_run() {
  local c=$1 t=$2 record=$3 dir=${TOOL_DIR[$1.$2]}
  (cd "$dir" && eval "${TOOL_PREP[$c.$t]}")
  local start end
  start=$(date +%s%N)
  if ! /usr/bin/time -f %M -o "$WORK/rss" bash -c "cd '$dir' && exec ${TOOL_CMD[$c.$t]}" >"$WORK/out" 2>"$WORK/err"; then
    echo "bench/run: $c, $t failed: ${TOOL_CMD[$c.$t]} (in $dir)" >&2
    tail -20 "$WORK/out" "$WORK/err" >&2
    exit 1
  fi
  end=$(date +%s%N)
  (cd "$dir" && eval "${TOOL_CHECK[$c.$t]}")
  if [ "$record" = yes ]; then
    echo "$(( (end - start) / 1000000 )) $(grep -E '^[0-9]+$' "$WORK/rss" | tail -1)" >> "$WORK/raw/$c.$t"
  fi
}

run_case() {  # run_case CASE LABEL [RUNS]
  local c=$1 label=$2 runs=${3:-$RUNS} t
  printf '%s\t%s\t%s\n' "$c" "$label${3:+ ($runs runs)}" "${CASE_TOOLS[$c]# }" >> "$WORK/cases.tsv"
  echo "   $label:${CASE_TOOLS[$c]}" >&2
  if [ "${BENCH_WARMUP:-1}" != 0 ]; then
    for t in ${CASE_TOOLS[$c]}; do one_run "$c" "$t" no; done
  fi
  for _ in $(seq "$runs"); do
    for t in ${CASE_TOOLS[$c]}; do one_run "$c" "$t" yes; done
  done
}

# A fact the report lists and the test suite asserts: record CHECK_NAME VALUE
record() {
  printf '%s\t%s\n' "$1" "$2" >> "$WORK/checks.tsv"
}

# Fails the bench when a run did not do what it should: expect WHAT ACTUAL EXPECTED
expect() {
  if [ "$2" != "$3" ]; then
    echo "bench/run: $1: expected $3, found $2" >&2
    exit 1
  fi
}

# How many lines of the last run's output (stdout and stderr) match PATTERN.
count_output() {
  cat "$WORK/out" "$WORK/err" | grep -c -E "$1" || true
}

sql() {  # sql DB 'query'
  sqlite3 "$1" "$2"
}
