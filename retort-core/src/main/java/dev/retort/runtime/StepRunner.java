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

    /** Compiles (or loads from cache) before any transaction starts, so a compile error touches nothing. */
    Migration prepare(RevisionScript script) {
        return loader.load(script);
    }

    /** Returns the operations the revision carried out. */
    List<Operation> run(Migration migration, Step step, SqlSession session) {
        OperationBuffer buffer = new OperationBuffer(dialect, session);
        OpsHandle ops = new OpsHandle(dialect.name(), buffer);
        try {
            if (step.direction() == Direction.UP) {
                migration.upgrade(ops);
            } else {
                migration.downgrade(ops);
            }
        } catch (RetortException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RetortException("the revision's code failed" + describe(e), e);
        }
        buffer.flush();
        return buffer.applied();
    }

    /** Where in the revision's own code it threw, which is what its author needs. */
    private static String describe(RuntimeException e) {
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("Revision_") || frame.getFileName() != null
                    && frame.getFileName().matches("[0-9a-zA-Z_]+\\.java") && !frame.getClassName().startsWith("dev.retort.")
                    && !frame.getClassName().startsWith("java.")) {
                where = " at line " + frame.getLineNumber();
                break;
            }
        }
        // Its message is what the author wrote; the class name only when there is nothing else to go on.
        String what = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return where + ": " + what;
    }
}
