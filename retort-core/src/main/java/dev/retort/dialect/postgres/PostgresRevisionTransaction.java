package dev.retort.dialect.postgres;

import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * One revision's transaction on PostgreSQL, where DDL is transactional, so a failing revision leaves nothing
 * behind. Right after {@code BEGIN} it takes a transaction-level advisory lock
 * (postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADVISORY-LOCKS): concurrent runners queue
 * there, and because the runtime reads the applied versions after {@code begin}, with READ COMMITTED's fresh
 * snapshot per statement, a runner that waited sees what the one before it committed and skips that
 * revision. The lock goes with the transaction, so a runner that dies cannot leave it held.
 * <p>
 * A revision that runs outside a transaction holds the same key at session level ({@code pg_advisory_lock}):
 * session and transaction requests for one key block each other, so the other runners wait for it too.
 * <p>
 * Every revision runs with {@code lock_timeout} set, taken once the migration lock is held: an {@code ALTER
 * TABLE} that waits behind a long query holds a lock request that every later query on the table queues
 * behind, so it is better to give up after a few seconds and try again than to stall the application.
 */
public final class PostgresRevisionTransaction implements RevisionTransaction {
    /** The advisory lock key: any fixed number, the same for every Retort runner on the database ("retort" in ASCII). */
    static final long LOCK_KEY = 0x7265746f7274L;
    /** lock_not_available: what PostgreSQL reports when lock_timeout cut a wait short (errcodes-appendix.html). */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final PostgresSettings settings;
    /** Connections known to be on a primary, so the check costs one query per connection. */
    private final Map<Connection, Boolean> writable = Collections.synchronizedMap(new WeakHashMap<>());
    /** For a session lock: the session's own lock_timeout, restored when the lock is given back. */
    private final Map<Connection, String> sessionLockTimeout = Collections.synchronizedMap(new WeakHashMap<>());

    PostgresRevisionTransaction(PostgresSettings settings) {
        this.settings = settings;
    }

    @Override
    public void begin(SqlSession session) {
        if (!session.offline()) {
            prepare(session.connection());
        }
        session.execute("BEGIN");
        session.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
        if (settings.limitsLockWaits()) {
            session.execute("SET LOCAL lock_timeout = '" + settings.lockTimeout() + "'");
        }
    }

    @Override
    public void commit(SqlSession session) {
        session.execute("COMMIT");
    }

    @Override
    public void rollback(SqlSession session) {
        if (session.offline()) {
            session.execute("ROLLBACK");
            return;
        }
        quietly(session.connection(), "ROLLBACK");
    }

    @Override
    public void lockSession(SqlSession session) {
        if (!session.offline()) {
            prepare(session.connection());
            sessionLockTimeout.put(session.connection(), PostgresStandby.value(session.connection(), "SHOW lock_timeout"));
        }
        session.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
        if (settings.limitsLockWaits()) {
            session.execute("SET lock_timeout = '" + settings.lockTimeout() + "'");
        }
    }

    @Override
    public void unlockSession(SqlSession session) {
        if (session.offline()) {
            session.execute("RESET lock_timeout");
            session.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            return;
        }
        Connection connection = session.connection();
        // A revision that failed half-way may leave its own transaction open, which would keep the lock's release waiting.
        quietly(connection, "ROLLBACK");
        String before = sessionLockTimeout.remove(connection);
        if (before != null) {
            quietly(connection, "SET lock_timeout = '" + before.replace("'", "''") + "'");
        }
        quietly(connection, "SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
    }

    @Override
    public Optional<String> lockTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return Optional.of("each waited lock_timeout " + settings.lockTimeout() + " for a lock that another session"
                        + " holds; find its long transaction in pg_stat_activity, or run again when it is done");
            }
        }
        return Optional.empty();
    }

    @Override
    public int lockAttempts() {
        return settings.lockAttempts();
    }

    /** Explicit BEGIN/COMMIT need the driver out of the way, and nothing may be written to a standby. */
    private void prepare(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new RetortException("could not prepare the connection for a revision: " + e.getMessage(), e);
        }
        if (!writable.containsKey(connection)) {
            PostgresStandby.refuseWrites(connection);
            writable.put(connection, Boolean.TRUE);
        }
    }

    private static void quietly(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            // Nothing to roll back or release (the failure came before it); PostgreSQL only warns, the driver may not.
        }
    }
}
