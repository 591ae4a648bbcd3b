package dev.retort.verify.rehearsal;

import dev.retort.error.RetortException;
import dev.retort.runtime.Database;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state of the rehearsal database between two steps: its schema as the inspector reads it, the rows
 * of every table, and the rows that break a foreign key (where the dialect can scan for them), per table.
 * Retort's own tables are left out: they change with every step by design.
 */
record Snapshot(Schema schema, Map<String, Long> rows, Map<String, Long> violations) {

    static Snapshot take(Database database) {
        Connection connection = database.connection();
        Schema schema = database.dialect().inspector().inspect(connection);
        Map<String, Long> rows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Table table : schema.tables()) {
            rows.put(table.name(), count(connection, "SELECT count(*) FROM " + database.dialect().quote(table.name())));
        }
        // A database without a scan checks every foreign key as each statement runs, so no revision can leave a
        // dangling reference (short of raw SQL switching the checks off, which such a server offers no scan to catch).
        Map<String, Long> violations = database.dialect().foreignKeyViolations(connection);
        return new Snapshot(schema, rows, violations);
    }

    private static long count(Connection connection, String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new RetortException("rehearsal: " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
