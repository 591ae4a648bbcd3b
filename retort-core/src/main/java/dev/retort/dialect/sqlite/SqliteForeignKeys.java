package dev.retort.dialect.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Reads SQLite's foreign-key state: whether enforcement is on and which rows break a reference. */
final class SqliteForeignKeys {
    private SqliteForeignKeys() {
    }

    static boolean enabled(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Rows that reference a missing parent, counted per child table ({@code PRAGMA foreign_key_check}). */
    static Map<String, Long> violationsByTable(Connection connection) throws SQLException {
        return violations(connection, "PRAGMA foreign_key_check");
    }

    static Map<String, Long> violationsOf(Connection connection, String table) throws SQLException {
        return violations(connection, "PRAGMA foreign_key_check(" + SqliteIdentifiers.quote(table) + ")");
    }

    private static Map<String, Long> violations(Connection connection, String pragma) throws SQLException {
        Map<String, Long> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(pragma)) {
            while (rs.next()) {
                counts.merge(rs.getString(1), 1L, Long::sum);
            }
        }
        return counts;
    }
}
