package dev.retort.api;

import dev.retort.runtime.DirtyRevision;
import dev.retort.script.ScriptDirectory;

import java.util.List;

/**
 * Where a database stands against its revisions, read with the revisions loaded once and one connection: what
 * {@code retort current} shows.
 *
 * @param scripts the revisions and their graph
 * @param current the version rows: the revisions the database is at (empty at base)
 * @param edited  applied revisions whose file no longer has the checksum it had when it ran
 * @param dirty   revisions that failed half-way and are not repaired yet
 */
public record DatabaseState(ScriptDirectory scripts, List<String> current, List<String> edited,
                            List<DirtyRevision> dirty) {
    /** Copies the lists. */
    public DatabaseState {
        current = List.copyOf(current);
        edited = List.copyOf(edited);
        dirty = List.copyOf(dirty);
    }
}
