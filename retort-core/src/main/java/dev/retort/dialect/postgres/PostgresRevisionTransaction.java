package dev.retort.dialect.postgres;

import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One revision's transaction on PostgreSQL, where DDL is transactional, so a failing revision leaves nothing
 * behind. Right after {@code BEGIN} it takes a transaction-level advisory lock
 * (postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADVISORY-LOCKS): concurrent runners queue
 * there, and because the runtime reads the applied versions after {@code begin}, with READ COMMITTED's fresh
 * snapshot per statement, a runner that waited sees what the one before it committed and skips that
 * revision. The lock goes with the transaction, so a runner that dies cannot leave it held.
 */
public final class PostgresRevisionTransaction implements RevisionTransaction {
    /** The advisory lock key: any fixed number, the same for every Retort runner on the database ("retort" in ASCII). */
    static final long LOCK_KEY = 0x7265746f7274L;

    @Override
    public void begin(SqlSession session) {
        if (!session.offline()) {
            try {
                // Explicit BEGIN/COMMIT statements need the driver out of the way: in autocommit mode it adds none.
                session.connection().setAutoCommit(true);
            } catch (SQLException e) {
                throw new dev.retort.error.RetortException("could not prepare the connection for a revision: " + e.getMessage(), e);
            }
        }
        session.execute("BEGIN");
        session.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
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
        Connection connection = session.connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // Nothing to roll back (the failure came before BEGIN); PostgreSQL only warns, the driver may not.
        }
    }
}
