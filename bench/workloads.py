#!/usr/bin/python3
"""Writes the benchmark workloads of bench/run: the same history for Retort, Alembic, Flyway and the
sqlite3 floor, so every tool does the same work.

  workloads.py chain TOOL KIND COUNT DIR   a line of COUNT revisions; TOOL retort|alembic|flyway|floor,
                                           KIND empty (no operations) | sql (CREATE TABLE as SQL) |
                                           java (the same table through the tool's own operations API)
  workloads.py rebuild TOOL DIR            W3/W4: the revision that rebuilds parent (retort|alembic|floor)

A Retort or Alembic DIR becomes a whole project (retort.toml / alembic.ini + env.py); a Flyway DIR holds
V<n>__*.sql files; a floor DIR holds one script.sql for the sqlite3 shell.
"""
import os
import sys

DATE = "2026-11-24T00:00:00Z"


def rev_id(n):
    return "%012x" % n


def table_sql(n):
    return ("CREATE TABLE t_%d (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, "
            "created_at TIMESTAMP)" % n)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def retort_project(d, foreign_keys=True):
    write(os.path.join(d, "retort.toml"),
          '[retort]\nscript_location = "migrations"\nurl = "jdbc:sqlite:db.sqlite3"\n'
          '[sqlite]\nforeign_keys = %s\nbackup = "off"\n' % ("true" if foreign_keys else "false"))
    os.makedirs(os.path.join(d, "migrations", "versions"), exist_ok=True)


def alembic_project(d, foreign_keys=True):
    write(os.path.join(d, "alembic.ini"),
          "[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite:///db.sqlite3\n\n"
          "[loggers]\nkeys = root,sqlalchemy,alembic\n[handlers]\nkeys = console\n[formatters]\nkeys = generic\n"
          "[logger_root]\nlevel = WARN\nhandlers = console\n[logger_sqlalchemy]\nlevel = WARN\nhandlers =\n"
          "qualname = sqlalchemy.engine\n[logger_alembic]\nlevel = INFO\nhandlers =\nqualname = alembic\n"
          "[handler_console]\nclass = StreamHandler\nargs = (sys.stderr,)\nlevel = NOTSET\nformatter = generic\n"
          "[formatter_generic]\nformat = %(levelname)-5.5s [%(name)s] %(message)s\n")
    # env.py as `alembic init` writes it, cut to what a SQLite project needs; models for autogenerate
    # come from models.py beside alembic.ini when there is one.
    write(os.path.join(d, "migrations", "env.py"), '''import os, sys
from logging.config import fileConfig
from alembic import context
from sqlalchemy import engine_from_config, event, pool

config = context.config
fileConfig(config.config_file_name)
sys.path.insert(0, os.path.dirname(os.path.abspath(config.config_file_name)))
try:
    from models import metadata as target_metadata
except ImportError:
    target_metadata = None
FOREIGN_KEYS = %s

def run_migrations_offline():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()

def run_migrations_online():
    engine = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                                poolclass=pool.NullPool)
    if FOREIGN_KEYS:
        @event.listens_for(engine, "connect")
        def _fk(dbapi_connection, record):
            dbapi_connection.execute("PRAGMA foreign_keys = ON")
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()

if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
''' % ("True" if foreign_keys else "False"))
    write(os.path.join(d, "migrations", "script.py.mako"), '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
''')
    os.makedirs(os.path.join(d, "migrations", "versions"), exist_ok=True)


def retort_revision(d, n, prev, kind):
    rid = rev_id(n)
    if kind == "sql":
        write(os.path.join(d, "migrations", "versions", "%s_t_%d.sql" % (rid, n)),
              "-- Revision: %s\n-- Revises: %s\n-- Create-Date: %s\n-- Message: create table t_%d\n\n"
              "-- retort:upgrade\n%s;\n\n-- retort:downgrade\nDROP TABLE t_%d;\n"
              % (rid, prev, DATE, n, table_sql(n), n))
        return
    if kind == "java":
        up = ('op.createTable("t_%d", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(), '
              'column("created_at", TIMESTAMP));' % n)
        down = 'op.dropTable("t_%d");' % n
    else:
        up = down = ""
    write(os.path.join(d, "migrations", "versions", "%s_t_%d.java" % (rid, n)),
          "// Revision: %s\n// Revises: %s\n// Create-Date: %s\n// Message: create table t_%d\n\n"
          "import dev.retort.ops.*;\nimport static dev.retort.ops.Dsl.*;\nimport static dev.retort.schema.Types.*;\n\n"
          "class Revision_%s implements Migration {\n    public void upgrade(Ops op) {\n        %s\n    }\n\n"
          "    public void downgrade(Ops op) {\n        %s\n    }\n}\n" % (rid, prev, DATE, n, rid, up, down))


def alembic_revision(d, n, prev, kind):
    rid = rev_id(n)
    if kind == "sql":
        up, down = 'op.execute("%s")' % table_sql(n), 'op.execute("DROP TABLE t_%d")' % n
    elif kind == "java":
        up = ('op.create_table("t_%d", sa.Column("id", sa.Integer, primary_key=True), '
              'sa.Column("name", sa.String(50), nullable=False), sa.Column("created_at", sa.DateTime))' % n)
        down = 'op.drop_table("t_%d")' % n
    else:
        up = down = "pass"
    write(os.path.join(d, "migrations", "versions", "%s_t_%d.py" % (rid, n)),
          '"""create table t_%d\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2026-11-24 00:00:00\n"""\n'
          "from alembic import op\nimport sqlalchemy as sa\n\nrevision = %r\ndown_revision = %r\n"
          "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    %s\n\n\ndef downgrade():\n    %s\n"
          % (n, rid, prev, rid, prev or None, up, down))


def chain(tool, kind, count, d):
    if tool == "floor":
        # The least a migration tool can do per revision: its DDL and the version row, in one transaction.
        lines = ["CREATE TABLE version (num TEXT);", "INSERT INTO version VALUES ('');"]
        for n in range(1, count + 1):
            lines.append("BEGIN; %s; UPDATE version SET num = '%s'; COMMIT;" % (table_sql(n), rev_id(n)))
        write(os.path.join(d, "script.sql"), "\n".join(lines) + "\n")
        return
    if tool == "flyway":
        for n in range(1, count + 1):
            write(os.path.join(d, "V%d__t_%d.sql" % (n, n)), table_sql(n) + ";\n")
        return
    (retort_project if tool == "retort" else alembic_project)(d)
    prev = ""
    for n in range(1, count + 1):
        (retort_revision if tool == "retort" else alembic_revision)(d, n, prev, kind)
        prev = rev_id(n)


REBUILD_RETORT = '''// Revision: bbbbbbbbbbbb
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
'''

REBUILD_ALEMBIC = '''"""drop parent.legacy_code and add parent.region

Revision ID: bbbbbbbbbbbb
Revises:
Create Date: 2026-11-24 00:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "bbbbbbbbbbbb"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    # The unnamed UNIQUE goes with its column: batch mode rebuilds the table without either.
    with op.batch_alter_table("parent", recreate="always") as batch:
        batch.drop_column("legacy_code")
        batch.add_column(sa.Column("region", sa.String(20), nullable=False, server_default="eu"))


def downgrade():
    with op.batch_alter_table("parent", recreate="always") as batch:
        batch.drop_column("region")
        batch.add_column(sa.Column("legacy_code", sa.String(20), unique=True))
'''

# SQLite's 12 steps by hand (https://www.sqlite.org/lang_altertable.html, section 7).
REBUILD_FLOOR = '''PRAGMA foreign_keys = OFF;
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
'''


def seed_sql(rows):
    return '''PRAGMA journal_mode = DELETE;
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
CREATE INDEX ix_child_parent ON child (parent_id);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %(rows)d)
INSERT INTO parent (id, name, legacy_code, score) SELECT i, 'parent ' || i, 'L' || i, i %% 100 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %(rows)d)
INSERT INTO child (id, parent_id, note) SELECT i, 1 + (i * 7919) %% %(rows)d, 'note ' || i FROM n;
''' % {"rows": rows}


def rebuild(tool, d):
    if tool == "floor":
        write(os.path.join(d, "by-hand.sql"), REBUILD_FLOOR)
    elif tool == "retort":
        retort_project(d)
        write(os.path.join(d, "migrations", "versions", "aaaaaaaaaaaa_baseline.java"),
              "// Revision: aaaaaaaaaaaa\n// Revises:\n// Message: baseline: the tables exist already\n\n"
              "import dev.retort.ops.*;\n\nclass Revision_aaaaaaaaaaaa implements Migration {\n"
              "    public void upgrade(Ops op) {\n    }\n\n    public void downgrade(Ops op) {\n    }\n}\n")
        write(os.path.join(d, "migrations", "versions", "bbbbbbbbbbbb_rework_parent.java"), REBUILD_RETORT)
    elif tool == "alembic":
        alembic_project(d)
        write(os.path.join(d, "migrations", "versions", "bbbbbbbbbbbb_rework_parent.py"), REBUILD_ALEMBIC)
    elif tool == "seed":
        write(os.path.join(d, "seed.sql"), seed_sql(int(os.environ.get("BENCH_REBUILD_ROWS", "1000000"))))


if __name__ == "__main__":
    if sys.argv[1] == "chain":
        chain(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    elif sys.argv[1] == "rebuild":
        rebuild(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
