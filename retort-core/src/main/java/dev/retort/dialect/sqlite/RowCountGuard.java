package dev.retort.dialect.sqlite;

import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data-survival guard around a table rebuild: the rows of the rebuilt table and of every table that
 * references it (directly or through a chain of foreign keys) are counted before and after, and any
 * difference stops the revision. Optionally, rows that break a foreign key are compared too (with
 * SQLite's {@code PRAGMA foreign_key_check}; counting itself is plain SQL). It says
 * nothing about how the rebuild works; it only checks the result, so a mistake anywhere (a cascade, a
 * trigger, a filtered copy) is caught.
 */
public final class RowCountGuard {
    private final String rebuilt;
    private final Map<String, Long> before;
    private final Map<String, Long> violationsBefore;

    private RowCountGuard(String rebuilt, Map<String, Long> before, Map<String, Long> violationsBefore) {
        this.rebuilt = rebuilt;
        this.before = before;
        this.violationsBefore = violationsBefore;
    }

    /**
     * Counts the rows of {@code tables} (which include {@code rebuilt}) now.
     *
     * @param checkForeignKeys also remember {@code PRAGMA foreign_key_check} per table; pass false when the
     *                         revision's transaction already checks foreign keys at commit
     */
    public static RowCountGuard before(Connection connection, String rebuilt, Collection<String> tables,
                                       boolean checkForeignKeys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, count(connection, table));
        }
        return new RowCountGuard(rebuilt, counts, checkForeignKeys ? violations(connection, tables) : null);
    }

    /** The rows {@code table} had before, or -1 when it was not counted. */
    public long rowsBefore(String table) {
        return before.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(table))
                .mapToLong(Map.Entry::getValue).findFirst().orElse(-1);
    }

    /** Counts again; throws when any table lost or gained rows, or a foreign key broke. */
    public void verify(Connection connection) {
        for (Map.Entry<String, Long> entry : before.entrySet()) {
            long after = count(connection, entry.getKey());
            if (after != entry.getValue()) {
                throw new RetortException("data-survival guard: table " + entry.getKey() + " had " + entry.getValue()
                        + " rows before rebuilding " + rebuilt + " and " + after + " after; the revision was rolled back");
            }
        }
        if (violationsBefore != null) {
            Map<String, Long> after = violations(connection, before.keySet());
            for (Map.Entry<String, Long> entry : after.entrySet()) {
                long was = violationsBefore.getOrDefault(entry.getKey(), 0L);
                if (entry.getValue() > was) {
                    throw new RetortException("data-survival guard: table " + entry.getKey() + " has "
                            + (entry.getValue() - was) + " new rows with a dangling foreign key after rebuilding "
                            + rebuilt + " (PRAGMA foreign_key_check); the revision was rolled back");
                }
            }
        }
    }

    private static long count(Connection connection, String table) {
        String sql = "SELECT count(*) FROM " + quote(table);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new RetortException("data-survival guard: could not count the rows of " + table + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> violations(Connection connection, Collection<String> tables) {
        Map<String, Long> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> pragmas = new ArrayList<>();
        tables.forEach(t -> pragmas.add("PRAGMA foreign_key_check(" + quote(t) + ")"));
        for (String pragma : pragmas) {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(pragma)) {
                while (rs.next()) {
                    counts.merge(rs.getString(1), 1L, Long::sum);
                }
            } catch (SQLException e) {
                throw new RetortException("data-survival guard: " + pragma + " failed: " + e.getMessage(), e);
            }
        }
        return counts;
    }

    /** Always quoted, in standard SQL's double quotes. */
    private static String quote(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }
}
