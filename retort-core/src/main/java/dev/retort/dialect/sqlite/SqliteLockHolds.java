package dev.retort.dialect.sqlite;

import dev.retort.error.RetortException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The lock file each connection holds ({@link SqliteLockFile}), counted: a session lock and the begins inside it
 * take it in turn, and it is released when the last of them lets go.
 */
final class SqliteLockHolds {
    private record Held(SqliteLockFile file, int depth) {
    }

    private final long waitMillis;
    private final Map<Connection, Held> held = Collections.synchronizedMap(new IdentityHashMap<>());

    SqliteLockHolds(long waitMillis) {
        this.waitMillis = waitMillis;
    }

    boolean holds(Connection connection) {
        return held.containsKey(connection);
    }

    void hold(Connection connection) {
        Held lock = held.get(connection);
        if (lock != null) {
            held.put(connection, new Held(lock.file(), lock.depth() + 1));
            return;
        }
        Path database = mainFile(connection);
        held.put(connection, new Held(database == null ? null : SqliteLockFile.take(database, waitMillis), 1));
    }

    void letGo(Connection connection) {
        Held lock = held.get(connection);
        if (lock == null) {
            return;
        }
        if (lock.depth() > 1) {
            held.put(connection, new Held(lock.file(), lock.depth() - 1));
            return;
        }
        held.remove(connection);
        if (lock.file() != null) {
            lock.file().release();
        }
    }

    /** The main database's file, or null for an in-memory or temporary database, which no other runner can open. */
    private static Path mainFile(Connection connection) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if ("main".equals(rs.getString("name"))) {
                    String file = rs.getString("file");
                    return file == null || file.isEmpty() ? null : Path.of(file);
                }
            }
            return null;
        } catch (SQLException e) {
            throw new RetortException("could not read which file the SQLite database is: " + e.getMessage(), e);
        }
    }
}
