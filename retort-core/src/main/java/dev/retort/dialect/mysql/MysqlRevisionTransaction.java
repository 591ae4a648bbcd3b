package dev.retort.dialect.mysql;

import dev.retort.dialect.Jdbc;
import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One revision's transaction on MySQL. Two runners are kept apart by a named server lock
 * ({@code GET_LOCK}), held from begin to commit or rollback; the second waits, then finds the revision
 * applied. The lock is named after the database ({@code retort.<database>}), so migrations of different
 * databases on one server do not wait for each other.
 * <p>
 * On a Galera cluster {@code GET_LOCK} holds on one node only, so the lock there is a certified row
 * ({@link GaleraLock}). A revision outside a transaction ({@code Transaction: none}) holds the same lock for
 * the session around it; begin and commit inside it take it again, which both locks count.
 * <p>
 * The transaction holds the revision's DML (data migrations, bulk inserts, the history rows) with
 * autocommit off. DDL is another matter: every CREATE, ALTER or DROP commits implicitly, together with
 * whatever DML came before it, so ROLLBACK undoes only the DML since the last DDL statement.
 * <p>
 * For the revision the session runs in strict mode ({@code STRICT_ALL_TABLES} is added when neither strict
 * mode is on, and the old {@code sql_mode} restored after): without it, a {@code MODIFY COLUMN} to a
 * shorter or narrower type truncates values with only a warning; with it, the statement fails and the
 * rows stay as they were.
 */
public final class MysqlRevisionTransaction implements RevisionTransaction {
    /** As long as SQLite waits for its write lock: a long migration elsewhere is worth waiting for. */
    public static final int DEFAULT_LOCK_WAIT_SECONDS = 600;
    /** MySQL 5.7+ refuses lock names longer than 64 characters. */
    private static final int MAX_LOCK_NAME = 64;

    private final int lockWaitSeconds;
    /** Per connection in a revision: the settings to restore. */
    private final Map<Connection, State> active = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Per connection: whether its server is a Galera node, asked once. */
    private final Map<Connection, Boolean> galera = Collections.synchronizedMap(new java.util.WeakHashMap<>());
    /** Per connection: the migration lock it holds, and how many times it took it. */
    private final Map<Connection, Held> held = Collections.synchronizedMap(new IdentityHashMap<>());

    /** @param restoreSqlMode the session's sql_mode before strict mode was added, or null when it was strict */
    private record State(boolean restoreAutoCommit, String restoreSqlMode) {
    }

    /** @param galera the cluster's lock row, or null where {@code GET_LOCK} is the lock */
    private record Held(String name, GaleraLock galera, int depth) {
    }

    public MysqlRevisionTransaction(int lockWaitSeconds) {
        this.lockWaitSeconds = lockWaitSeconds;
    }

    @Override
    public void begin(SqlSession session) {
        if (session.offline()) {
            session.execute("START TRANSACTION");
            return;
        }
        Connection connection = session.connection();
        if (active.containsKey(connection)) {
            throw new RetortException("a revision transaction is already open on this MySQL connection");
        }
        lock(connection);
        try {
            String sqlMode = MysqlQueries.rows(connection, "SELECT @@SESSION.sql_mode").get(0).get(0);
            String restoreSqlMode = null;
            if (!isStrict(sqlMode)) {
                setSqlMode(connection, sqlMode.isEmpty() ? "STRICT_ALL_TABLES" : sqlMode + ",STRICT_ALL_TABLES");
                restoreSqlMode = sqlMode;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            active.put(connection, new State(autoCommit, restoreSqlMode));
        } catch (SQLException e) {
            unlock(connection);
            throw new RetortException("could not begin the revision's transaction on MySQL: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit(SqlSession session) {
        if (session.offline()) {
            session.execute("COMMIT");
            return;
        }
        Connection connection = session.connection();
        State state = active.get(connection);
        if (state == null) {
            throw new RetortException("no revision transaction is open on this MySQL connection; call begin first");
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new RetortException("could not commit the revision on MySQL: " + e.getMessage(), e);
        }
        finish(connection, state);
    }

    @Override
    public void rollback(SqlSession session) {
        if (session.offline()) {
            session.execute("ROLLBACK");
            return;
        }
        Connection connection = session.connection();
        State state = active.get(connection);
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection may be broken; the lock goes with the session, so there is nothing else to undo.
        }
        if (state != null) {
            finish(connection, state);
        }
    }

    /** Commits what the revision wrote so far; the migration lock is the session's and stays taken. */
    @Override
    public void checkpoint(SqlSession session) {
        if (!session.offline()) {
            Jdbc.attempt("commit the dirty mark on MySQL", () -> session.connection().commit());
        }
    }

    /** True while {@code connection} is inside a revision this class began. */
    public boolean isActive(Connection connection) {
        return connection != null && active.containsKey(connection);
    }

    private void finish(Connection connection, State state) {
        active.remove(connection);
        try {
            connection.setAutoCommit(state.restoreAutoCommit());
            if (state.restoreSqlMode() != null) {
                setSqlMode(connection, state.restoreSqlMode());
            }
        } catch (SQLException e) {
            throw new RetortException("could not restore the connection's settings: " + e.getMessage(), e);
        } finally {
            unlock(connection);
        }
    }

    @Override
    public void lockSession(SqlSession session) {
        if (!session.offline()) {
            lock(session.connection());
        }
    }

    @Override
    public void unlockSession(SqlSession session) {
        if (!session.offline()) {
            unlock(session.connection());
        }
    }

    private void lock(Connection connection) {
        Held lock = held.get(connection);
        if (lock != null) {
            held.put(connection, new Held(lock.name(), lock.galera(), lock.depth() + 1));
            if (lock.galera() == null) {
                takeLock(connection, lock.name());
            }
            return;
        }
        String name = lockName(connection);
        if (galera.computeIfAbsent(connection, GaleraLock::isGalera)) {
            held.put(connection, new Held(name, GaleraLock.take(connection, name, lockWaitSeconds), 1));
        } else {
            takeLock(connection, name);
            held.put(connection, new Held(name, null, 1));
        }
    }

    private void unlock(Connection connection) {
        Held lock = held.get(connection);
        if (lock == null) {
            return;
        }
        if (lock.depth() > 1) {
            held.put(connection, new Held(lock.name(), lock.galera(), lock.depth() - 1));
        } else {
            held.remove(connection);
        }
        if (lock.galera() == null) {
            // GET_LOCK counts the times a session took a name; each RELEASE_LOCK gives back one.
            releaseLock(connection, lock.name());
        } else if (lock.depth() == 1) {
            lock.galera().release(connection, lock.name());
        }
    }

    private static boolean isStrict(String sqlMode) {
        return java.util.Arrays.stream(sqlMode.split(","))
                .anyMatch(mode -> mode.equals("STRICT_TRANS_TABLES") || mode.equals("STRICT_ALL_TABLES"));
    }

    private static void setSqlMode(Connection connection, String sqlMode) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SET SESSION sql_mode = ?")) {
            st.setString(1, sqlMode);
            st.execute();
        }
    }

    static String lockName(Connection connection) {
        String database = MysqlQueries.strings(connection, "SELECT DATABASE()").get(0);
        String name = "retort." + (database == null ? "" : database);
        return name.length() <= MAX_LOCK_NAME ? name : name.substring(0, MAX_LOCK_NAME);
    }

    private void takeLock(Connection connection, String lock) {
        try (PreparedStatement st = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            st.setString(1, lock);
            st.setInt(2, lockWaitSeconds);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long result = rs.getLong(1);
                if (rs.wasNull() || result != 1) {
                    throw new RetortException("could not take the migration lock '" + lock + "' within " + lockWaitSeconds
                            + " s: another Retort run is migrating this database; try again when it is done");
                }
            }
        } catch (SQLException e) {
            throw new RetortException("could not take the migration lock '" + lock + "': " + e.getMessage(), e);
        }
    }

    private static void releaseLock(Connection connection, String lock) {
        try (PreparedStatement st = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            st.setString(1, lock);
            st.executeQuery().close();
        } catch (SQLException e) {
            // A broken connection releases its locks as it closes.
        }
    }
}
