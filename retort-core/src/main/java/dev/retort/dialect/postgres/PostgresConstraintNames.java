package dev.retort.dialect.postgres;

import dev.retort.dialect.SqlSession;
import dev.retort.dialect.postgres.PostgresCatalog.ConstraintRow;
import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Names;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Finds the name PostgreSQL gave a constraint that was created without one ({@code books_isbn_key},
 * {@code books_price_check}), since {@code DROP CONSTRAINT} needs it. The name is read from pg_constraint
 * through the session's connection, so with {@code --sql}, where no database is read, an unnamed constraint
 * cannot be dropped and the revision must name it.
 */
final class PostgresConstraintNames {
    private static final String PROBE = "retort_probe_check";

    private PostgresConstraintNames() {
    }

    /** The name of the table's primary key; {@code known} (may be null) is used offline when it carries a name. */
    static String primaryKey(SqlSession session, String table, PrimaryKey known) {
        Connection connection = session.connection();
        if (connection == null) {
            if (known != null && known.name() != null) {
                return known.name();
            }
            throw offline("the primary key of " + table, "op.dropConstraint(\"" + table + "\", \"" + table + "_pkey\")");
        }
        return find(connection, table, c -> c.type() == 'p')
                .orElseThrow(() -> new RetortException("cannot drop the primary key of " + table + ": it has none"));
    }

    /** The name of the unnamed unique, foreign key or check constraint that {@code definition} describes. */
    static String unnamed(SqlSession session, String table, TableElement definition) {
        Connection connection = session.connection();
        String what = describe(definition) + " on " + table;
        if (connection == null) {
            throw offline("the unnamed " + what, "op.dropConstraint(\"" + table + "\", NAME)");
        }
        Optional<String> name;
        if (definition instanceof UniqueConstraint unique) {
            name = find(connection, table, c -> c.type() == 'u' && Names.same(c.columns(), unique.columns()));
        } else if (definition instanceof ForeignKey fk) {
            name = find(connection, table, c -> c.type() == 'f' && Names.same(c.columns(), fk.columns())
                    && c.refTable().equalsIgnoreCase(fk.refTable()));
        } else if (definition instanceof CheckConstraint check) {
            name = check(connection, table, check.expression());
        } else {
            throw new RetortException("cannot drop an unnamed constraint on " + table + " without its definition; name it");
        }
        return name.orElseThrow(() -> new RetortException("cannot drop the " + what + ": the table has no such constraint"));
    }

    private static Optional<String> find(Connection connection, String table,
                                         java.util.function.Predicate<ConstraintRow> matches) {
        try {
            Long oid = PostgresCatalog.tableOid(connection, table);
            if (oid == null) {
                throw new RetortException("no table " + table + " in the current schema");
            }
            return PostgresCatalog.constraints(connection, oid).stream().filter(matches).map(ConstraintRow::name).findFirst();
        } catch (SQLException e) {
            throw new RetortException("could not read the constraints of " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * A check is found by its expression as PostgreSQL prints it, which differs from how it was written
     * ({@code price >= 0} becomes {@code price >= 0::numeric}). So PostgreSQL is asked to print the expression
     * too: it is added as a throw-away NOT VALID constraint (no rows are read), printed, and rolled back.
     */
    private static Optional<String> check(Connection connection, String table, String expression) {
        try {
            Long oid = PostgresCatalog.tableOid(connection, table);
            if (oid == null) {
                throw new RetortException("no table " + table + " in the current schema");
            }
            String printed = printedCheck(connection, table, expression);
            return PostgresCatalog.constraints(connection, oid).stream()
                    .filter(c -> c.type() == 'c' && c.definition().equals(printed) && !c.name().equals(PROBE))
                    .map(ConstraintRow::name).findFirst();
        } catch (SQLException e) {
            throw new RetortException("could not find the check (" + expression + ") on " + table + ": " + e.getMessage(), e);
        }
    }

    private static String printedCheck(Connection connection, String table, String expression) throws SQLException {
        boolean savepoint = true;
        try (Statement st = connection.createStatement()) {
            try {
                st.execute("SAVEPOINT retort_probe");
            } catch (SQLException notInTransaction) {
                savepoint = false;
                st.execute("BEGIN");
            }
            try {
                st.execute(PostgresDdlRenderer.createCheck(table, new CheckConstraint(PROBE, expression)) + " NOT VALID");
                return probeDefinition(connection, table);
            } finally {
                st.execute(savepoint ? "ROLLBACK TO SAVEPOINT retort_probe" : "ROLLBACK");
                if (savepoint) {
                    st.execute("RELEASE SAVEPOINT retort_probe");
                }
            }
        }
    }

    private static String probeDefinition(Connection connection, String table) {
        try {
            Long oid = PostgresCatalog.tableOid(connection, table);
            return PostgresCatalog.constraints(connection, oid).stream().filter(c -> c.name().equals(PROBE))
                    .map(c -> c.definition().replaceFirst(" NOT VALID$", "")).findFirst().orElseThrow();
        } catch (SQLException e) {
            throw new RetortException("could not read back the check on " + table + ": " + e.getMessage(), e);
        }
    }

    private static String describe(TableElement definition) {
        if (definition instanceof UniqueConstraint u) {
            return "unique constraint " + u.columns();
        }
        if (definition instanceof ForeignKey fk) {
            return "foreign key " + fk.columns() + " -> " + fk.refTable();
        }
        if (definition instanceof CheckConstraint c) {
            return "check (" + c.expression() + ")";
        }
        return "constraint";
    }

    private static RetortException offline(String what, String fix) {
        return new RetortException("cannot drop " + what + " with --sql: PostgreSQL named it, and --sql reads no "
                + "database to learn the name; name the constraint in the revision, e.g. " + fix);
    }
}
