package dev.retort.dialect.sqlite;

import dev.retort.dialect.sqlite.SqliteTableSql.ConstraintSql;
import dev.retort.schema.Unsupported;

import java.util.ArrayList;
import java.util.List;

/**
 * What a SQLite table declares that the neutral model cannot hold yet, named so that {@code check} and
 * autogenerate say so instead of reporting a match. A rebuild keeps these clauses (see
 * {@link SqliteTableExtras}), but the models cannot ask for them, so they are neither compared nor created.
 */
final class SqliteLeftOut {
    private SqliteLeftOut() {
    }

    static List<Unsupported> of(String table, SqliteTableSql parsed) {
        List<Unsupported> found = new ArrayList<>();
        for (ConstraintSql c : parsed.allConstraints()) {
            if (c.onConflict() != null) {
                found.add(new Unsupported("ON CONFLICT clause", table + "." + c.kind().toLowerCase(java.util.Locale.ROOT)
                        + c.columns(), "ON CONFLICT " + c.onConflict() + " is kept by table rebuilds but not compared"
                        + " with the models nor created by autogenerate; add it to the revision with op.execute"));
            }
        }
        return found;
    }
}
