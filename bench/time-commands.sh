#!/usr/bin/env bash
# Times whole `retort` processes (JVM start included): the median of RUNS runs of each command.
#   time-commands.sh PROJECT_DIR RUNS -- "heads" "history" "current"
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
project=$1; runs=$2; shift 3
for cmd in "$@"; do
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    (cd "$project" && "$here/retort" $cmd >/dev/null)
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "$cmd: median ${sorted[$(( runs / 2 ))]} ms (min ${sorted[0]}, max ${sorted[$(( runs - 1 ))]}, $runs runs)"
done
