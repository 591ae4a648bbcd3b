package dev.retort.script;

import dev.retort.revision.Revision;

import java.nio.file.Path;

/**
 * A revision file: the revision its header declares, where it is, and its format.
 *
 * @param revisesLine the header line holding {@code Revises:}, for errors about parents
 */
public record RevisionScript(Revision revision, Path file, ScriptFormat format, int revisesLine) {
    public String id() {
        return revision.id();
    }
}
