package dev.retort.dialect.sqlite;

import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One revision's transaction on SQLite. {@code PRAGMA foreign_keys} is a no-op inside a transaction
 * (sqlite.org/pragma.html#pragma_foreign_keys), so it is switched off before {@code BEGIN} and restored
 * after {@code COMMIT}: with it off, dropping a parent table during a rebuild cannot cascade into its
 * children (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes", step 1).
 * Because nothing is enforced meanwhile, commit runs {@code PRAGMA foreign_key_check} and refuses
 * references the revision left dangling; violations that were there before it began are tolerated.
 * {@code BEGIN IMMEDIATE} takes the database's write lock at once, which is also the migration lock.
 */
public final class SqliteRevisionTransaction implements RevisionTransaction {

    /** @param foreignKeys the revision's foreign key check; null when foreign keys are not checked */
    private record State(boolean restoreForeignKeys, boolean restoreAutoCommit, RevisionForeignKeyCheck foreignKeys) {
    }

    /** How long a runner waits for another one's migration before giving up. */
    static final int LOCK_WAIT_MS = 600_000;

    private final SqliteSettings options;
    private final Map<Connection, State> active = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Per connection: the lock file it holds, and how many times it took it (session, then each begin). */
    private final Map<Connection, Held> held = Collections.synchronizedMap(new IdentityHashMap<>());

    private record Held(SqliteLockFile file, int depth) {
    }

    /** Connections whose last commit was checked and left no foreign key violation at all. */
    private final Set<Connection> knownClean = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    /**
     * @param options with {@code foreignKeys}, references are checked at commit even when the connection
     *                itself does not enforce them (the application does); without it, only when it does
     */
    /** The temporary table a {@code --sql} script's foreign key check inserts into: its CHECK stops the script. */
    static final String FK_GUARD = "retort_foreign_key_check";

    public SqliteRevisionTransaction(SqliteSettings options) {
        this.options = options;
    }

    @Override
    public void begin(SqlSession session) {
        if (session.offline()) {
            // The printed script must do what the online run does; the scratch database just replays it.
            if (options.foreignKeys()) {
                session.execute("PRAGMA foreign_keys=OFF");
            }
            session.execute("BEGIN IMMEDIATE");
            return;
        }
        Connection connection = session.connection();
        try {
            boolean restoreAutoCommit = false;
            if (!connection.getAutoCommit()) {
                // The driver would wrap our BEGIN in its own transaction; explicit statements need autocommit mode.
                connection.setAutoCommit(true);
                restoreAutoCommit = true;
            }
            boolean foreignKeysOn = SqliteForeignKeys.enabled(connection);
            if (foreignKeysOn) {
                session.execute("PRAGMA foreign_keys=OFF");
                if (SqliteForeignKeys.enabled(connection)) {
                    throw new RetortException("could not switch foreign keys off: a transaction is already open on this"
                            + " connection; begin the revision's transaction before any other statement");
                }
            }
            int busyTimeout = busyTimeout(connection);
            try {
                // Concurrent runners queue on the write lock instead of failing after the driver's default few seconds.
                rawExecute(connection, "PRAGMA busy_timeout = " + Math.max(busyTimeout, LOCK_WAIT_MS));
                hold(connection);
                try {
                    rawExecute(connection, "BEGIN IMMEDIATE");
                } finally {
                    // Once the write lock is ours, it keeps the others out; a revision outside a transaction keeps both.
                    letGo(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (foreignKeysOn) {
                    rawExecute(connection, "PRAGMA foreign_keys=ON");
                }
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new RetortException("could not take the database's write lock (BEGIN IMMEDIATE) within "
                        + Math.max(busyTimeout, LOCK_WAIT_MS) / 1000 + " s: " + e.getMessage()
                        + "; another migration or a long write may be running, try again when it is done", e);
            } finally {
                rawExecute(connection, "PRAGMA busy_timeout = " + busyTimeout);
            }
            // After a commit that left no violation, the next revision starts clean: skip the reads before. Should
            // another writer add violations in between, this revision is refused (a false alarm), never passed.
            RevisionForeignKeyCheck check = !(foreignKeysOn || options.foreignKeys()) ? null
                    : new RevisionForeignKeyCheck(knownClean.contains(connection));
            active.put(connection, new State(foreignKeysOn, restoreAutoCommit, check));
        } catch (SQLException e) {
            throw new RetortException("could not begin the revision's transaction on SQLite: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit(SqlSession session) {
        if (session.offline()) {
            if (options.foreignKeys()) {
                // PRAGMA foreign_key_check only lists dangling references; a script has nobody to read the list.
                // A row whose CHECK fails is an error the shell stops at (sqlite3 -bail), and OR ROLLBACK ends the
                // transaction even where it does not stop, so COMMIT then finds nothing to commit
                // (sqlite.org/lang_conflict.html, sqlite.org/pragma.html#pragfunc).
                session.executeCheck("CREATE TEMP TABLE IF NOT EXISTS " + FK_GUARD
                        + " (dangling_rows INTEGER NOT NULL CHECK (dangling_rows = 0))");
                session.executeCheck("INSERT OR ROLLBACK INTO temp." + FK_GUARD
                        + " SELECT count(*) FROM pragma_foreign_key_check");
                session.executeCheck("DROP TABLE temp." + FK_GUARD);
            }
            session.execute("COMMIT");
            if (options.foreignKeys()) {
                session.execute("PRAGMA foreign_keys=ON");
            }
            return;
        }
        Connection connection = session.connection();
        State state = active.get(connection);
        if (state == null) {
            throw new RetortException("no revision transaction is open on this SQLite connection; call begin first");
        }
        Map<String, Long> after;
        try {
            after = state.foreignKeys() == null ? Map.of() : state.foreignKeys().after(connection);
            for (Map.Entry<String, Long> entry : after.entrySet()) {
                long before = state.foreignKeys().before().getOrDefault(entry.getKey(), 0L);
                if (entry.getValue() > before) {
                    long added = entry.getValue() - before;
                    throw new RetortException("foreign key check failed: table " + entry.getKey() + " has " + added
                            + " new row" + (added == 1 ? "" : "s") + " referencing missing parent rows"
                            + " (PRAGMA foreign_key_check(" + entry.getKey() + ")); the revision was not committed");
                }
            }
        } catch (SQLException e) {
            throw new RetortException(foreignKeyCheckFailure(e), e);
        }
        session.execute("COMMIT");
        if (state.foreignKeys() != null && state.foreignKeys().leavesDatabaseClean(after)) {
            knownClean.add(connection);
        } else {
            knownClean.remove(connection);
        }
        finish(session, connection, state);
    }

    @Override
    public void rollback(SqlSession session) {
        if (session.offline()) {
            session.execute("ROLLBACK");
            if (options.foreignKeys()) {
                session.execute("PRAGMA foreign_keys=ON");
            }
            return;
        }
        Connection connection = session.connection();
        State state = active.get(connection);
        try {
            rawExecute(connection, "ROLLBACK");
        } catch (SQLException e) {
            // "no transaction is active": SQLite already rolled back after the error; nothing to undo.
        }
        if (state != null) {
            finish(session, connection, state);
        }
    }

    /**
     * Operations are about to run inside the revision's transaction: the foreign key check reads, as they are
     * now, the violations of the tables they may affect ({@code touches} null: they may affect any table).
     */
    void touching(SqlSession session, List<ForeignKeyScope.Touch> touches) {
        if (session.offline() || session.connection() == null) {
            return;
        }
        State state = active.get(session.connection());
        if (state == null || state.foreignKeys() == null) {
            return;
        }
        try {
            state.foreignKeys().touching(session.connection(), touches);
        } catch (SQLException e) {
            throw new RetortException(foreignKeyCheckFailure(e), e);
        }
    }

    @Override
    public void lockSession(SqlSession session) {
        if (!session.offline()) {
            hold(session.connection());
        }
    }

    @Override
    public void unlockSession(SqlSession session) {
        if (!session.offline()) {
            letGo(session.connection());
        }
    }

    private void hold(Connection connection) {
        Held lock = held.get(connection);
        if (lock != null) {
            held.put(connection, new Held(lock.file(), lock.depth() + 1));
            return;
        }
        Path database = mainFile(connection);
        held.put(connection, new Held(database == null ? null : SqliteLockFile.take(database, LOCK_WAIT_MS), 1));
    }

    private void letGo(Connection connection) {
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

    /** True while {@code connection} is inside a transaction this class began. */
    public boolean isActive(Connection connection) {
        return connection != null && active.containsKey(connection);
    }

    private void finish(SqlSession session, Connection connection, State state) {
        active.remove(connection);
        if (state.restoreForeignKeys()) {
            session.execute("PRAGMA foreign_keys=ON");
        }
        if (state.restoreAutoCommit()) {
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new RetortException("could not restore the connection's autocommit setting: " + e.getMessage(), e);
            }
        }
    }

    /** The main database's file, or null for an in-memory or temporary database, which no other runner can open. */
    private static Path mainFile(Connection connection) {
        try (Statement st = connection.createStatement(); java.sql.ResultSet rs = st.executeQuery("PRAGMA database_list")) {
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

    private static int busyTimeout(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); java.sql.ResultSet rs = st.executeQuery("PRAGMA busy_timeout")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void rawExecute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * SQLite cannot even run the check when a foreign key points at columns that are neither the parent's
     * primary key nor unique ("foreign key mismatch"); say what that means for the revision.
     */
    private static String foreignKeyCheckFailure(SQLException e) {
        java.util.regex.Matcher mismatch = java.util.regex.Pattern
                .compile("foreign key mismatch - \"([^\"]+)\" referencing \"([^\"]+)\"").matcher(e.getMessage());
        if (mismatch.find()) {
            return "foreign key mismatch: " + mismatch.group(1) + " references columns of " + mismatch.group(2)
                    + " that are no longer its primary key or unique; keep a unique constraint on them, or change the "
                    + "foreign key of " + mismatch.group(1) + " in the same revision; the revision was not committed";
        }
        return "could not run PRAGMA foreign_key_check before commit: " + e.getMessage();
    }
}
