package dev.retort.history;

import dev.retort.spi.Dialect;
import dev.retort.dialect.Jdbc;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;
import dev.retort.ops.CreateTable;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes {@code retort_version} and {@code retort_log}. Writes go through a {@link SqlSession}
 * as literal SQL, so {@code --sql} prints exactly what an online run executes.
 */
public final class HistoryStore {
    private final Dialect dialect;
    /**
     * Whether the version table was seen to exist: every step reads the versions, and looking the table up in the
     * catalog each time is most of that read. A store lives for one run, and nothing drops the version table
     * during one.
     */
    private boolean versionTableSeen;
    /**
     * The same for the log table, which every step reads for dirty marks. A failed MySQL revision's own SQL may have
     * dropped it, so a read that fails looks it up again before it counts as a failure.
     */
    private boolean logTableSeen;
    /** Every log row up to this id was read and none was dirty ({@link #dirtyEntries}). */
    private long cleanThrough;

    public HistoryStore(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Creates whichever of the two tables is missing. */
    public void ensureTables(SqlSession session) {
        Connection connection = session.connection();
        if (connection == null || !exists(connection, HistoryTables.VERSION)) {
            dialect.render(new CreateTable(HistoryTables.VERSION_TABLE), session).forEach(session::execute);
        }
        if (connection == null || !exists(connection, HistoryTables.LOG)) {
            dialect.render(new CreateTable(HistoryTables.LOG_TABLE), session).forEach(session::execute);
        }
    }

    /** Both tables are there: a runner killed between creating them (DDL commits one by one) leaves one. */
    public boolean exists(Connection connection) {
        return exists(connection, HistoryTables.VERSION) && exists(connection, HistoryTables.LOG);
    }

    /** The applied heads; empty when nothing was ever applied (or the table does not exist yet). */
    public List<String> versions(Connection connection) {
        if (!exists(connection, HistoryTables.VERSION)) {
            return List.of();
        }
        return query(connection, HistoryTables.VERSION, "SELECT version_num FROM " + HistoryTables.VERSION
                + " ORDER BY version_num", rows -> rows.getString(1));
    }

    /**
     * Replaces the version rows {@code before} with {@code after}, touching only rows that change: a row that
     * goes and one that comes are one UPDATE, as Alembic writes a step along a line, a merge (DELETE and
     * UPDATE) or an unmerge (INSERT and UPDATE).
     */
    public void moveVersions(SqlSession session, Collection<String> before, Collection<String> after) {
        List<String> removed = new ArrayList<>(new LinkedHashSet<>(before));
        removed.removeAll(after);
        List<String> added = new ArrayList<>(new LinkedHashSet<>(after));
        added.removeAll(before);
        int updates = Math.min(removed.size(), added.size());
        for (int i = updates; i < removed.size(); i++) {
            session.execute("DELETE FROM " + HistoryTables.VERSION + " WHERE version_num = " + literal(removed.get(i)));
        }
        for (int i = updates; i < added.size(); i++) {
            session.execute("INSERT INTO " + HistoryTables.VERSION + " (version_num) VALUES (" + literal(added.get(i)) + ")");
        }
        for (int i = 0; i < updates; i++) {
            session.execute("UPDATE " + HistoryTables.VERSION + " SET version_num = " + literal(added.get(i))
                    + " WHERE version_num = " + literal(removed.get(i)));
        }
    }

    public void log(SqlSession session, LogEntry entry) {
        session.executeBookkeeping("INSERT INTO " + HistoryTables.LOG
                + " (revision, direction, checksum, started_at, duration_ms, tool_version, applied_by, status) VALUES ("
                + literal(entry.revision()) + ", " + literal(entry.direction()) + ", " + literal(entry.checksum()) + ", "
                + literal(entry.startedAt().toString()) + ", "
                + (entry.durationMs() == null ? "NULL" : entry.durationMs().toString()) + ", " + literal(entry.toolVersion())
                + ", " + literal(entry.appliedBy()) + ", " + literal(entry.status()) + ")");
    }

    /**
     * Clears a failed MySQL revision's mark once someone has repaired what it left; the row stays in the log
     * as "resolved", not "ok", since the step itself never finished.
     */
    public void clearDirty(SqlSession session, String revision) {
        session.execute("UPDATE " + HistoryTables.LOG + " SET status = " + literal(LogEntry.RESOLVED)
                + " WHERE revision = " + literal(revision) + " AND status = " + literal(LogEntry.DIRTY));
    }

    /** The mark written before a revision ran becomes its ok row once the revision has finished. */
    public void finishMarked(SqlSession session, String revision, long durationMs) {
        session.execute("UPDATE " + HistoryTables.LOG + " SET status = " + literal(LogEntry.OK) + ", duration_ms = "
                + durationMs + " WHERE revision = " + literal(revision) + " AND status = " + literal(LogEntry.DIRTY));
    }

    /** Takes off the mark of a revision that failed before it changed anything. */
    public void removeDirty(SqlSession session, String revision) {
        session.execute("DELETE FROM " + HistoryTables.LOG + " WHERE revision = " + literal(revision)
                + " AND status = " + literal(LogEntry.DIRTY));
    }

    /** For each revision, the checksum its file had when it last went up or was stamped. */
    public Map<String, String> appliedChecksums(Connection connection) {
        Map<String, String> checksums = new HashMap<>();
        if (exists(connection, HistoryTables.LOG)) {
            query(connection, HistoryTables.LOG, "SELECT revision, checksum FROM " + HistoryTables.LOG
                    + " WHERE direction IN ('up', 'stamp') AND status = 'ok' AND checksum IS NOT NULL"
                    + " ORDER BY id",
                    rows -> checksums.put(rows.getString(1), rows.getString(2)));
        }
        return checksums;
    }

    /**
     * The steps that failed half-way on a database without transactional DDL and are not resolved yet. A run asks
     * before every step; rows only ever become dirty as they are written, with a new, higher id, so once a read
     * found none, the next reads look only past the highest id it saw instead of through the whole log again.
     */
    public List<LogEntry> dirtyEntries(Connection connection) {
        List<LogEntry> dirty = entries(connection, " WHERE status = " + literal(LogEntry.DIRTY)
                + (cleanThrough > 0 ? " AND id > " + cleanThrough : ""));
        if (dirty.isEmpty() && logTableSeen) {
            List<Long> last = query(connection, HistoryTables.LOG, "SELECT max(id) FROM " + HistoryTables.LOG,
                    rows -> rows.getLong(1));
            cleanThrough = Math.max(cleanThrough, last.get(0));
        }
        return dirty;
    }

    public List<LogEntry> entries(Connection connection) {
        return entries(connection, "");
    }

    private List<LogEntry> entries(Connection connection, String where) {
        if (!exists(connection, HistoryTables.LOG)) {
            return List.of();
        }
        try {
            return readEntries(connection, where);
        } catch (RetortException e) {
            logTableSeen = false;
            cleanThrough = 0;
            if (!exists(connection, HistoryTables.LOG)) {
                return List.of();
            }
            throw e;
        }
    }

    private List<LogEntry> readEntries(Connection connection, String where) {
        return query(connection, HistoryTables.LOG, "SELECT revision, direction, checksum, started_at, duration_ms, "
                + "tool_version, applied_by, status FROM " + HistoryTables.LOG + where + " ORDER BY id",
                rows -> new LogEntry(rows.getString(1), rows.getString(2), rows.getString(3),
                        java.time.Instant.parse(rows.getString(4)), nullableLong(rows, 5), rows.getString(6),
                        rows.getString(7), rows.getString(8)));
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(Connection connection, String table, String sql, RowReader<T> reader) {
        return Jdbc.attempt("read " + table, () -> {
            List<T> result = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
            }
            return result;
        });
    }

    private boolean exists(Connection connection, String table) {
        if (table.equals(HistoryTables.LOG)) {
            logTableSeen = logTableSeen || lookUp(connection, table);
            return logTableSeen;
        }
        versionTableSeen = versionTableSeen || lookUp(connection, table);
        return versionTableSeen;
    }

    private static boolean lookUp(Connection connection, String table) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            // Only the connection's current schema: on PostgreSQL another schema may hold its own history tables.
            String schema = connection.getSchema();
            for (String candidate : new String[]{table, table.toUpperCase()}) {
                try (ResultSet rows = meta.getTables(connection.getCatalog(), schema, candidate, new String[]{"TABLE"})) {
                    if (rows.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new RetortException("cannot read the database's tables: " + e.getMessage(), e);
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
