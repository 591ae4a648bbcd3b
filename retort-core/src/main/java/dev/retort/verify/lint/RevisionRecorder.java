package dev.retort.verify.lint;

import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Migration;
import dev.retort.ops.Operation;
import dev.retort.ops.OpsHandle;
import dev.retort.revision.Direction;
import dev.retort.script.MigrationLoader;
import dev.retort.script.RevisionScript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs a revision's upgrade and downgrade against a recording {@code Ops}: no database, nothing executed,
 * only the operations they ask for, each with the source line that asked.
 */
final class RevisionRecorder {
    private static final Pattern CONNECTION_CALL = Pattern.compile("\\.\\s*connection\\s*\\(\\s*\\)");

    private final MigrationLoader loader;
    private final String dialect;

    RevisionRecorder(MigrationLoader loader, String dialect) {
        this.loader = loader;
        this.dialect = dialect;
    }

    /** Throws the loader's exception when the file cannot be compiled or loaded. */
    RecordedRevision record(RevisionScript script) {
        SourceText source = new SourceText(read(script), script.format());
        Migration migration = loader.load(script);
        return new RecordedRevision(script, source,
                part(source, Direction.UP, migration::upgrade),
                part(source, Direction.DOWN, migration::downgrade));
    }

    private RecordedRevision.Part part(SourceText source, Direction direction, Consumer<dev.retort.ops.Ops> code) {
        List<Operation> raw = new ArrayList<>();
        boolean usesConnection = CONNECTION_CALL.matcher(source.section(direction)).find();
        String failure = null;
        try {
            code.accept(OpsHandle.recording(dialect, raw));
        } catch (RuntimeException e) {
            if (askedForConnection(e)) {
                usesConnection = true;
            } else {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        OpLocator locator = new OpLocator(source, direction);
        List<RecordedOp> ops = new ArrayList<>();
        for (Operation op : raw) {
            add(op, locator, ops);
        }
        return new RecordedRevision.Part(ops, usesConnection, failure);
    }

    private static void add(Operation op, OpLocator locator, List<RecordedOp> into) {
        if (op instanceof BatchAlterTable batch) {
            locator.locate(batch);
            for (Operation inner : batch.operations()) {
                add(inner, locator, into);
            }
        } else if (op instanceof Execute execute) {
            into.add(new RecordedOp(SqlDdl.read(execute), locator.locate(execute), execute.sql()));
        } else {
            into.add(new RecordedOp(op, locator.locate(op), null));
        }
    }

    /** The recording handle refuses {@code connection()}; that refusal means "does data work", not a bug. */
    private static boolean askedForConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (frame.getClassName().startsWith(OpsHandle.class.getName()) && frame.getMethodName().equals("connection")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String read(RevisionScript script) {
        try {
            return Files.readString(script.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new dev.retort.script.ScriptException(script.file(), 0, "cannot read: " + e.getMessage());
        }
    }
}
