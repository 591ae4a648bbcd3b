package dev.retort.runtime;

import dev.retort.dialect.Progress;
import dev.retort.dialect.SqlSession;

import java.sql.Connection;

/**
 * A revision's session that remembers what ran, so that where DDL commits as it goes (MySQL) a failed
 * revision can tell whether it left anything behind: nothing when its very first statement failed.
 */
final class WatchedSession implements SqlSession {
    private final SqlSession session;
    private int statementsRun;
    private boolean statementFailed;

    WatchedSession(SqlSession session) {
        this.session = session;
    }

    @Override
    public void execute(String sql) {
        try {
            session.execute(sql);
        } catch (RuntimeException e) {
            statementFailed = true;
            throw e;
        }
        statementsRun++;
    }

    /**
     * Whether the schema may have changed before the failure. A failure outside a statement (the revision's
     * own code, which may have used {@code op.connection()}, or a refused operation) counts as a change:
     * the database cannot say what such code did.
     */
    boolean mayHaveChangedSomething() {
        return statementsRun > 0 || !statementFailed;
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
