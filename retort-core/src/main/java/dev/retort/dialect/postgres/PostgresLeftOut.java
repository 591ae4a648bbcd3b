package dev.retort.dialect.postgres;

import dev.retort.schema.Unsupported;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the current schema holds that Retort does not read, compare or create yet, named so that {@code check}
 * never reports a match over it: aggregate functions, domains, composite and range types, exclusion
 * constraints, row-level security policies and rules. (DEFERRABLE keys and MATCH types are read by the
 * inspector and compared like the rest of a constraint.)
 */
final class PostgresLeftOut {
    private static final String SCHEMA = "current_schema()::regnamespace";

    /** Each query gives the kind, the object's name and why it is left out. */
    private static final List<String> QUERIES = List.of(
            "SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type' ELSE 'range type' END, t.typname,"
                    + " 'not read by Retort yet; columns of this type compare by its name only' FROM pg_type t"
                    + " WHERE t.typnamespace = " + SCHEMA + " AND (t.typtype IN ('d', 'r') OR t.typtype = 'c' AND EXISTS"
                    + " (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))",
            "SELECT 'exclusion constraint', c.relname || '.' || con.conname, 'not read by Retort yet: '"
                    + " || pg_get_constraintdef(con.oid) FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
                    + " WHERE con.contype = 'x' AND c.relnamespace = " + SCHEMA,
            "SELECT 'policy', c.relname || '.' || p.polname, 'row-level security policies are not read by Retort yet'"
                    + " FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE c.relnamespace = " + SCHEMA,
            "SELECT 'rule', c.relname || '.' || r.rulename, 'rules are not read by Retort yet' FROM pg_rewrite r"
                    + " JOIN pg_class c ON c.oid = r.ev_class WHERE r.rulename <> '_RETURN' AND c.relnamespace = " + SCHEMA,
            "SELECT 'aggregate', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', 'aggregate and"
                    + " window functions are not read by Retort yet; create them with op.execute' FROM pg_proc p"
                    + " WHERE p.prokind IN ('a', 'w') AND p.pronamespace = " + SCHEMA + " AND NOT EXISTS (SELECT 1"
                    + " FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')");

    private PostgresLeftOut() {
    }

    static List<Unsupported> read(Connection connection) throws SQLException {
        List<Unsupported> found = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            for (String query : QUERIES) {
                try (ResultSet rs = st.executeQuery(query)) {
                    while (rs.next()) {
                        found.add(new Unsupported(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
        return found;
    }
}
