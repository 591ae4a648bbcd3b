package dev.retort.dialect.sqlite;

import dev.retort.dialect.CommitGroup;
import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;

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

    /**
     * The transaction {@code BEGIN IMMEDIATE} opened, and what to restore once it ends.
     * @param holdsRevisions a revision finished in it, so it has something to commit
     */
    private record Open(boolean restoreForeignKeys, boolean restoreAutoCommit, long begunAt, boolean holdsRevisions) {
        Open holdingRevisions() {
            return new Open(restoreForeignKeys, restoreAutoCommit, begunAt, true);
        }
    }

    /**
     * One revision inside the open transaction: {@code savepoint} when it shares a commit group with others.
     * @param foreignKeys the revision's foreign key check; null when foreign keys are not checked
     */
    private record Revision(RevisionForeignKeyCheck foreignKeys, boolean savepoint) {
    }

    /** How long a runner waits for another one's migration before giving up. */
    static final int LOCK_WAIT_MS = 600_000;

    /** A commit group commits once this long has passed since its BEGIN: a crash loses at most this much work. */
    static final long COMMIT_EVERY_NANOS = 100_000_000L;

    private static final String SAVEPOINT = "retort_revision";

    private final SqliteSettings options;
    private final long commitEveryNanos;
    private final Map<Connection, Open> open = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Connection, Revision> active = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Connections whose revisions share commits, while their {@link #commitGroup} is open. */
    private final Set<Connection> grouped = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final SqliteLockHolds locks = new SqliteLockHolds(LOCK_WAIT_MS);

    /** Connections whose last revision was checked and left no foreign key violation at all. */
    private final Set<Connection> knownClean = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    /**
     * @param options with {@code foreignKeys}, references are checked at commit even when the connection
     *                itself does not enforce them (the application does); without it, only when it does
     */
    public SqliteRevisionTransaction(SqliteSettings options) {
        this(options, COMMIT_EVERY_NANOS);
    }

    SqliteRevisionTransaction(SqliteSettings options, long commitEveryNanos) {
        this.options = options;
        this.commitEveryNanos = commitEveryNanos;
    }

    /**
     * Inside the group, each revision is a savepoint of one transaction that commits every {@link
     * #COMMIT_EVERY_NANOS}: the fsyncs of a commit are most of what a small revision costs. A revision outside a
     * transaction ({@link #lockSession}) commits what waits first and takes no part.
     */
    @Override
    public CommitGroup commitGroup(SqlSession session) {
        if (session.offline() || session.connection() == null) {
            return CommitGroup.NONE;
        }
        Connection connection = session.connection();
        grouped.add(connection);
        return () -> {
            grouped.remove(connection);
            if (active.containsKey(connection)) {
                rollback(session);
            }
            if (open.containsKey(connection)) {
                commitOpen(session, connection);
            }
        };
    }

    @Override
    public void begin(SqlSession session) {
        if (session.offline()) {
            PrintedTransaction.begin(session, options.foreignKeys());
            return;
        }
        Connection connection = session.connection();
        if (active.containsKey(connection)) {
            throw new RetortException("a revision's transaction is already open on this SQLite connection");
        }
        boolean savepoint = grouped.contains(connection) && !locks.holds(connection);
        Open transaction = open.get(connection);
        if (transaction != null && !savepoint) {
            commitOpen(session, connection);
            transaction = null;
        }
        if (transaction == null) {
            transaction = beginTransaction(session, connection);
            open.put(connection, transaction);
        }
        if (savepoint) {
            try {
                rawExecute(connection, "SAVEPOINT " + SAVEPOINT);
            } catch (SQLException e) {
                throw new RetortException("could not begin the revision's savepoint on SQLite: " + e.getMessage(), e);
            }
        }
        // After a revision that left no violation, the next one starts clean: skip the reads before. Should another
        // writer add violations in between, this revision is refused (a false alarm), never passed.
        RevisionForeignKeyCheck check = !(transaction.restoreForeignKeys() || options.foreignKeys()) ? null
                : new RevisionForeignKeyCheck(knownClean.contains(connection));
        active.put(connection, new Revision(check, savepoint));
    }

    private Open beginTransaction(SqlSession session, Connection connection) {
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
                locks.hold(connection);
                try {
                    rawExecute(connection, "BEGIN IMMEDIATE");
                } finally {
                    // Once the write lock is ours, it keeps the others out; a revision outside a transaction keeps both.
                    locks.letGo(connection);
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
            return new Open(foreignKeysOn, restoreAutoCommit, System.nanoTime(), false);
        } catch (SQLException e) {
            throw new RetortException("could not begin the revision's transaction on SQLite: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit(SqlSession session) {
        if (session.offline()) {
            PrintedTransaction.commit(session, options.foreignKeys());
            return;
        }
        Connection connection = session.connection();
        Revision revision = active.get(connection);
        if (revision == null) {
            throw new RetortException("no revision transaction is open on this SQLite connection; call begin first");
        }
        Map<String, Long> after = checkForeignKeys(connection, revision.foreignKeys());
        if (revision.savepoint()) {
            try {
                rawExecute(connection, "RELEASE " + SAVEPOINT);
            } catch (SQLException e) {
                throw new RetortException("the revision's transaction was ended by the revision itself (a COMMIT or "
                        + "ROLLBACK in its SQL?): " + e.getMessage() + "; take such statements out of the revision", e);
            }
        }
        active.remove(connection);
        open.computeIfPresent(connection, (c, transaction) -> transaction.holdingRevisions());
        if (revision.foreignKeys() != null && revision.foreignKeys().leavesDatabaseClean(after)) {
            knownClean.add(connection);
        } else {
            knownClean.remove(connection);
        }
        if (!revision.savepoint() || System.nanoTime() - open.get(connection).begunAt() >= commitEveryNanos) {
            commitOpen(session, connection);
        }
    }

    /** Refuses references the revision left dangling; violations that were there before it began are tolerated. */
    private static Map<String, Long> checkForeignKeys(Connection connection, RevisionForeignKeyCheck check) {
        if (check == null) {
            return Map.of();
        }
        try {
            Map<String, Long> after = check.after(connection);
            for (Map.Entry<String, Long> entry : after.entrySet()) {
                long before = check.before().getOrDefault(entry.getKey(), 0L);
                if (entry.getValue() > before) {
                    long added = entry.getValue() - before;
                    throw new RetortException("foreign key check failed: table " + entry.getKey() + " has " + added
                            + " new row" + (added == 1 ? "" : "s") + " referencing missing parent rows"
                            + " (PRAGMA foreign_key_check(" + entry.getKey() + ")); the revision was not committed");
                }
            }
            return after;
        } catch (SQLException e) {
            throw new RetortException(foreignKeyCheckFailure(e), e);
        }
    }

    /** Commits the open transaction, every revision in it; when that fails, none of them is applied. */
    private void commitOpen(SqlSession session, Connection connection) {
        try {
            rawExecute(connection, "COMMIT");
        } catch (SQLException e) {
            quietRollback(connection);
            finish(session, connection);
            throw new RetortException("could not commit on SQLite: " + e.getMessage() + "; the revisions since the "
                    + "last commit are not applied and the database is as it was before them; run the upgrade again", e);
        }
        finish(session, connection);
    }

    @Override
    public void rollback(SqlSession session) {
        if (session.offline()) {
            PrintedTransaction.rollback(session, options.foreignKeys());
            return;
        }
        Connection connection = session.connection();
        Revision revision = active.remove(connection);
        Open transaction = open.get(connection);
        // With nothing else in the transaction, a plain ROLLBACK leaves the file as it was, byte for byte; a commit
        // after ROLLBACK TO would still write the pages the revision touched, and the file's change counter.
        if (revision != null && revision.savepoint() && transaction != null && transaction.holdsRevisions()
                && undoSavepoint(connection)) {
            // The revisions before this one in the group finished: they are committed, as they would have been alone.
            commitOpen(session, connection);
            return;
        }
        // Also where SQLite already rolled the whole transaction back after an error (a full disk, say): then the
        // group's earlier revisions went with it, version rows included, and the next run applies them again.
        quietRollback(connection);
        if (open.containsKey(connection)) {
            finish(session, connection);
        }
    }

    private static boolean undoSavepoint(Connection connection) {
        try {
            rawExecute(connection, "ROLLBACK TO " + SAVEPOINT);
            rawExecute(connection, "RELEASE " + SAVEPOINT);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void quietRollback(Connection connection) {
        try {
            rawExecute(connection, "ROLLBACK");
        } catch (SQLException e) {
            // "no transaction is active": SQLite already rolled back after the error; nothing to undo.
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
        Revision revision = active.get(session.connection());
        if (revision == null || revision.foreignKeys() == null) {
            return;
        }
        try {
            revision.foreignKeys().touching(session.connection(), touches);
        } catch (SQLException e) {
            throw new RetortException(foreignKeyCheckFailure(e), e);
        }
    }

    @Override
    public void lockSession(SqlSession session) {
        if (!session.offline()) {
            Connection connection = session.connection();
            if (open.containsKey(connection) && !active.containsKey(connection)) {
                commitOpen(session, connection);
            }
            locks.hold(connection);
        }
    }

    @Override
    public void unlockSession(SqlSession session) {
        if (!session.offline()) {
            locks.letGo(session.connection());
        }
    }

    /** True while {@code connection} is inside a transaction this class began. */
    public boolean isActive(Connection connection) {
        return connection != null && active.containsKey(connection);
    }

    private void finish(SqlSession session, Connection connection) {
        Open transaction = open.remove(connection);
        if (transaction.restoreForeignKeys()) {
            session.execute("PRAGMA foreign_keys=ON");
        }
        if (transaction.restoreAutoCommit()) {
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new RetortException("could not restore the connection's autocommit setting: " + e.getMessage(), e);
            }
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
