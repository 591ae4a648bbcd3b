package dev.retort.runtime;

import dev.retort.spi.Dialect;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
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
    /** False for a revision whose header says {@code Transaction: none}. */
    private final boolean inTransaction;

    OperationBuffer(Dialect dialect, SqlSession session, boolean inTransaction) {
        this.dialect = dialect;
        this.session = session;
        this.inTransaction = inTransaction;
    }

    @Override
    public void accept(Operation operation) {
        pending.add(operation);
    }

    @Override
    public void replace(Operation accepted, Operation replacement) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i) == accepted) {
                pending.set(i, replacement);
                return;
            }
        }
        throw new RetortException("'" + accepted.describe() + "' already ran when its concurrently() was called; call it"
                + " on the same line, op.createIndex(...).concurrently()");
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
        if (inTransaction) {
            refuseConcurrentChanges(batch);
        }
        dialect.apply(batch, session);
        applied.addAll(batch);
    }

    /** Before anything of the batch runs, so the transaction rolls back whatever came before untouched. */
    private static void refuseConcurrentChanges(List<Operation> batch) {
        for (Operation operation : batch) {
            if (operation instanceof CreateIndex create && create.concurrently()
                    || operation instanceof DropIndex drop && drop.concurrently()) {
                throw new RetortException("'" + operation.describe() + "' cannot run inside the revision's transaction"
                        + " (a database builds an index CONCURRENTLY outside one); add the header line '// Transaction: none'"
                        + " ('-- Transaction: none' in a .sql revision) so the revision runs outside a transaction");
            }
        }
    }

    /** Everything the revision asked for, in order. */
    List<Operation> applied() {
        return applied;
    }
}
