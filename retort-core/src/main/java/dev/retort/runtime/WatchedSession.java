package dev.retort.runtime;

import dev.retort.dialect.Progress;
import dev.retort.dialect.SqlSession;

import java.sql.Connection;

/**
 * A revision's session that remembers what ran, so that where DDL commits as it goes (MySQL) a failed
 * revision can tell whether it left anything behind: nothing when no statement succeeded and the revision's
 * code never had the connection (its very first statement failed, or an operation was refused).
 */
final class WatchedSession implements SqlSession {
    private final SqlSession session;
    private int statementsRun;
    private int statementsSent;
    private boolean connectionHandedOut;

    WatchedSession(SqlSession session) {
        this.session = session;
    }

    @Override
    public void execute(String sql) {
        statementsSent++;
        session.execute(sql);
        statementsRun++;
    }

    @Override
    public void executeCheck(String sql) {
        statementsSent++;
        session.executeCheck(sql);
        statementsRun++;
    }

    /** The revision's own code got the connection ({@code op.connection()}): what it ran there is unknown. */
    void handOutConnection() {
        connectionHandedOut = true;
    }

    /** Whether the schema may have changed before the failure. */
    boolean mayHaveChangedSomething() {
        return statementsRun > 0 || connectionHandedOut;
    }

    /**
     * Whether any statement was sent, even one that failed: outside a transaction a failed statement may leave
     * part of itself ({@code CREATE INDEX CONCURRENTLY} leaves an invalid index).
     */
    boolean sentAnything() {
        return statementsSent > 0 || connectionHandedOut;
    }

    @Override
    public Connection connection() {
        return session.connection();
    }

    @Override
    public boolean offline() {
        return session.offline();
    }

    @Override
    public Progress progress() {
        return session.progress();
    }
}
