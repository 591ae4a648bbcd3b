package dev.retort.runtime;

import dev.retort.spi.Dialect;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;
import dev.retort.ops.Migration;
import dev.retort.ops.Operation;
import dev.retort.ops.OpsHandle;
import dev.retort.revision.Direction;
import dev.retort.revision.Step;
import dev.retort.script.MigrationLoader;
import dev.retort.script.RevisionCodeFailure;
import dev.retort.script.RevisionScript;

import java.util.List;

/** Runs one revision's upgrade or downgrade through a session (inside a transaction the caller owns). */
final class StepRunner {
    private final MigrationLoader loader;
    private final Dialect dialect;

    StepRunner(MigrationLoader loader, Dialect dialect) {
        this.loader = loader;
        this.dialect = dialect;
    }

    /**
     * Compiles (or loads from cache) before any transaction starts, so a compile error touches nothing; many at once
     * share the file work between both cores.
     */
    List<Migration> prepareAll(List<RevisionScript> scripts) {
        return loader.loadAll(scripts);
    }

    /** Compiles the Java revisions of a whole plan in one compiler run, ahead of preparing them one by one. */
    void precompile(List<RevisionScript> scripts) {
        loader.precompile(scripts);
    }

    /**
     * Returns the operations the revision carried out.
     *
     * @param inTransaction false for a revision whose header says {@code Transaction: none}
     */
    List<Operation> run(Migration migration, Step step, SqlSession session, boolean inTransaction) {
        OperationBuffer buffer = new OperationBuffer(dialect, session, inTransaction);
        OpsHandle ops = new OpsHandle(dialect.name(), buffer);
        try {
            if (step.direction() == Direction.UP) {
                migration.upgrade(ops);
            } else {
                migration.downgrade(ops);
            }
        } catch (RetortException e) {
            throw e;
        } catch (Throwable e) {
            // Errors too: an AssertionError or a StackOverflowError in a revision is the revision's failure, and
            // reaching the caller as a RetortException it rolls the revision back and is told in one line.
            throw new RetortException("the revision's code failed" + RevisionCodeFailure.describe(e, step.revision().id()), e);
        }
        buffer.flush();
        return buffer.applied();
    }
}
