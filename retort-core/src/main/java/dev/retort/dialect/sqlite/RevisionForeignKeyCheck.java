package dev.retort.dialect.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One revision's foreign key check on SQLite, scoped to the tables its operations can affect
 * ({@link ForeignKeyScope}): before an operation first touches a table, that table's violations are read as they
 * are (so ones that were there already are tolerated), and at commit only those tables are checked again. A
 * revision that runs SQL Retort does not read is checked on the whole database, before and after. When the
 * connection's last commit left no violation anywhere, the reads before are skipped: they would all be zero.
 */
final class RevisionForeignKeyCheck {
    private final boolean startedClean;
    private final Map<String, Long> before = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> scanned = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> tables = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private boolean everything;

    /** @param startedClean the database had no violation at all when the revision began */
    RevisionForeignKeyCheck(boolean startedClean) {
        this.startedClean = startedClean;
    }

    /** Before operations run: {@code touches} null when what they touch is not known. */
    void touching(Connection connection, List<ForeignKeyScope.Touch> touches) throws SQLException {
        if (everything) {
            return;
        }
        if (touches == null) {
            everything = true;
            if (!startedClean) {
                Map<String, Long> now = SqliteForeignKeys.violationsByTable(connection);
                // Tables read earlier were read before this revision changed them; those figures stand.
                for (String table : scanned) {
                    now.remove(table);
                    if (before.containsKey(table)) {
                        now.put(table, before.get(table));
                    }
                }
                before.clear();
                before.putAll(now);
            }
            return;
        }
        for (ForeignKeyScope.Touch touch : touches) {
            List<String> affected = new ArrayList<>(List.of(touch.table()));
            if (!touch.created() && touch.affectsReferencingTables()) {
                affected.addAll(referencing(connection, touch));
            }
            for (String table : affected) {
                tables.add(table);
                if (scanned.add(table) && !startedClean && exists(connection, table)) {
                    before.putAll(SqliteForeignKeys.violationsOf(connection, table));
                }
            }
        }
    }

    /** The violations before the revision, by table, as far as the check reads them. */
    Map<String, Long> before() {
        return before;
    }

    /** The violations now, in the tables the revision may have affected. */
    Map<String, Long> after(Connection connection) throws SQLException {
        if (everything) {
            return SqliteForeignKeys.violationsByTable(connection);
        }
        Map<String, Long> now = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String table : tables) {
            if (exists(connection, table)) {
                now.putAll(SqliteForeignKeys.violationsOf(connection, table));
            }
        }
        return now;
    }

    /** Whether a commit with {@code after} leaves the whole database without violations. */
    boolean leavesDatabaseClean(Map<String, Long> after) {
        return after.isEmpty() && (everything || startedClean);
    }

    /** Tables with a foreign key into {@code touch}'s table on one of the columns it may change. */
    private static List<String> referencing(Connection connection, ForeignKeyScope.Touch touch) throws SQLException {
        Set<String> primaryKey = null;
        List<String> result = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT m.name, f.\"to\" FROM sqlite_master m, "
                + "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = ? COLLATE NOCASE")) {
            st.setString(1, touch.table());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String child = rs.getString(1);
                    String column = rs.getString(2);
                    boolean depends;
                    if (touch.keyColumns() == null) {
                        depends = true;
                    } else if (column == null) {
                        // A reference without columns is to the parent's primary key (sqlite.org/foreignkeys.html).
                        if (primaryKey == null) {
                            primaryKey = primaryKey(connection, touch.table());
                        }
                        depends = primaryKey.stream().anyMatch(touch.keyColumns()::contains);
                    } else {
                        depends = touch.keyColumns().contains(column);
                    }
                    if (depends && !result.contains(child)) {
                        result.add(child);
                    }
                }
            }
        }
        return result;
    }

    private static Set<String> primaryKey(Connection connection, String table) throws SQLException {
        Set<String> columns = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (PreparedStatement st = connection.prepareStatement("SELECT name FROM pragma_table_info(?) WHERE pk > 0")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /**
     * Asked through {@code pragma_table_info}, which finds the table by name in the schema SQLite keeps in memory:
     * {@code sqlite_master} has no index, and scanning it for each revision grows with the schema.
     */
    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT 1 FROM pragma_table_info(?) LIMIT 1")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
