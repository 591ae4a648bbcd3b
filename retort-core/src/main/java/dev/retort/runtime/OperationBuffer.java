package dev.retort.runtime;

import dev.retort.spi.Dialect;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationSink;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a revision's operations and hands them to the dialect together, so the dialect can plan
 * them as a whole (SQLite rebuilds a table once for all its changes). A data migration asking for the
 * connection first gets everything asked for before it carried out, so its SQL sees that schema.
 */
final class OperationBuffer implements OperationSink {
    private final Dialect dialect;
    private final SqlSession session;
    private final List<Operation> pending = new ArrayList<>();
    private final List<Operation> applied = new ArrayList<>();

    OperationBuffer(Dialect dialect, SqlSession session) {
        this.dialect = dialect;
        this.session = session;
    }

    @Override
    public void accept(Operation operation) {
        pending.add(operation);
    }

    @Override
    public Connection connection() {
        if (session.offline()) {
            throw new RetortException("this revision uses op.connection() for a data migration, which cannot run "
                    + "with --sql; write its SQL with op.execute(...) instead");
        }
        flush();
        dialect.connectionHandedOut(session);
        if (session instanceof WatchedSession watched) {
            // SQL run on it bypasses the session; a failure later must assume it changed the schema.
            watched.handOutConnection();
        }
        return session.connection();
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Operation> batch = List.copyOf(pending);
        pending.clear();
        dialect.apply(batch, session);
        applied.addAll(batch);
    }

    /** Everything the revision asked for, in order. */
    List<Operation> applied() {
        return applied;
    }
}
