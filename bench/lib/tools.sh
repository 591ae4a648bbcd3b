# The tools bench/run compares (sourced): how each is started, and what the report says about them.
R="'$RETORT'"                                   # the launcher, as a new user runs it
A="$PY -m alembic"                              # Debian's python3-alembic, as its own CLI
BARE_JVM="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp '$WORK/classes' Noop"
GEN="$PY '$BENCH/workloads.py'"

# Flyway from Maven Central (flyway-core with its dependencies and the SQLite driver), with a tiny runner.
find_flyway() {
  have_flyway=false
  local cp="$WORK/flyway.classpath"
  if (cd "$BENCH/java" && mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null 2>&1) \
      || (cd "$BENCH/java" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null 2>&1); then
    if javac -cp "$(cat "$cp")" -d "$WORK/classes" "$BENCH/java/FlywayRun.java" 2>>"$WORK/notes.txt"; then
      have_flyway=true
      FLYWAY="java -cp '$WORK/classes:$(cat "$cp")' FlywayRun"
      return
    fi
  fi
  echo "Flyway: not measured (flyway-core could not be resolved from Maven Central)" >> "$WORK/notes.txt"
}

describe_machine() {
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem/ {print $2}') GiB"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "retort: $("$RETORT" --version 2>&1 | head -1), commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (with uncommitted changes)')"
  echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
  if $have_alembic; then
    echo "alembic: $($PY -c 'import alembic, sqlalchemy, sys; print(alembic.__version__, "with SQLAlchemy", sqlalchemy.__version__, "on Python", sys.version.split()[0])')"
  fi
  if $have_flyway; then
    echo "flyway: $(grep -o 'flyway-core/[^/]*' "$WORK/flyway.classpath" | head -1 | cut -d/ -f2) (flyway-core from Maven Central, bench/java/FlywayRun.java)"
  fi
}
