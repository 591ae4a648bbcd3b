package dev.retort.verify.lint;

import dev.retort.revision.Direction;
import dev.retort.revision.Revision;
import dev.retort.script.RevisionScript;

import java.nio.file.Path;
import java.util.List;

/** A revision file with what its upgrade and downgrade asked for when run against a recording handle. */
record RecordedRevision(RevisionScript script, SourceText source, Part upgrade, Part downgrade) {

    /**
     * One direction's recording.
     *
     * @param ops            the operations in order, batches opened up and simple SQL read as operations
     * @param usesConnection the code asked for {@code op.connection()} (data work the recording cannot see)
     * @param failure        what the code threw while recording, other than asking for the connection; or null
     */
    record Part(List<RecordedOp> ops, boolean usesConnection, String failure) {
        Part {
            ops = List.copyOf(ops);
        }

        /** Asks for nothing at all: no operation, no connection, no exception. */
        boolean isEmpty() {
            return ops.isEmpty() && !usesConnection && failure == null;
        }
    }

    Revision revision() {
        return script.revision();
    }

    String id() {
        return script.id();
    }

    Path file() {
        return script.file();
    }

    Part part(Direction direction) {
        return direction == Direction.UP ? upgrade : downgrade;
    }

    /** Where a part starts in the file, or the first line when the file has no such part. */
    int lineOf(Direction direction) {
        int line = source.start(direction);
        return line > 0 ? line : 1;
    }
}
