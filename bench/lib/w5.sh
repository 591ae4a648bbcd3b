# W5 (sourced by bench/run): autogenerate on 300 tables that differ from the database in 30 places, with
# schema.sql models and JPA models (Retort) and SQLAlchemy metadata (Alembic). bench/AutogenSchema.java
# writes all three forms of both schemas (what the models say, what the database has).
w5="$WORK/w5"
mkdir -p "$w5"
java "$BENCH/AutogenSchema.java" "$w5/models"
use_models() { sed -i -E "s|^models = .*|models = \"$1\"|" retort.toml; }
retort_w5() {  # DIR DB_MODELS TARGET_MODELS: a project whose database is what DB_MODELS describe
  mkdir -p "$1"
  eval "$GEN chain retort empty 0 '$1'"
  sed -i -E 's|^script_location = .*|&\nmodels = "x"|' "$1/retort.toml"
  (cd "$1" && use_models "$2" && "$RETORT" revision --autogenerate -m baseline >/dev/null \
     && "$RETORT" upgrade head >/dev/null && use_models "$3")
  local code=0; (cd "$1" && "$RETORT" check > check.out 2>&1) || code=$?
  expect "retort check in $1" "$code" 3
  expect "retort check in $1: differences" "$(grep -c '^Differs: ' "$1/check.out" || true)" 30
}
retort_w5 "$w5/retort-sql" "$w5/models/schema-db.sql" "$w5/models/schema.sql"
retort_w5 "$w5/retort-jpa" "$w5/models/models-db" "$w5/models/models"
found30() {  # the check after an autogenerate: 30 differences, by kind
  echo "record w5.found.$1 \$(count_output '$2'); expect '$1: differences found' \$(count_output '$2') 30"
}
gone='rm -f migrations/versions/*_bench_run.* migrations/versions/*bench_run*.py'
add_tool w5.autogen retort-sql "$w5/retort-sql" "$R revision --autogenerate -m 'bench run'" "$gone" "$(found30 retort-sql '^Detected ')"
add_tool w5.autogen retort-jpa "$w5/retort-jpa" "$R revision --autogenerate -m 'bench run'" "$gone" "$(found30 retort-jpa '^Detected ')"
if $have_alembic; then
  eval "$GEN chain alembic empty 0 '$w5/alembic'"
  cp "$w5/models/models.py" "$w5/alembic/models.py"
  (cd "$w5/alembic" && $PY -c "import sys, sqlalchemy as sa; sys.path.insert(0, '$w5/models'); import models_db; \
      models_db.metadata.create_all(sa.create_engine('sqlite:///db.sqlite3'))")
  add_tool w5.autogen alembic "$w5/alembic" "$A revision --autogenerate -m 'bench run'" "$gone" \
    "$(found30 alembic '\[alembic.autogenerate.compare\] Detected ')"
fi
run_case w5.autogen "\`revision --autogenerate\`, 300 tables, 30 differences"
