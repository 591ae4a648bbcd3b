package dev.retort.script;

import dev.retort.revision.Revision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A revision file: the revision its header declares, where it is, and its format.
 *
 * @param file        the source file; for a revision read from a jar, the resource's path inside it, which
 *                    shows where it is but cannot be opened (read it with {@link #source()})
 * @param revisesLine the header line holding {@code Revises:}, for errors about parents
 * @param precompiled for a revision the build compiled (a classpath location), how to run it; null for a
 *                    source file, which is compiled when it must run
 */
public record RevisionScript(Revision revision, Path file, ScriptFormat format, int revisesLine, Precompiled precompiled) {

    /** A revision source file in a {@code versions/} folder. */
    public RevisionScript(Revision revision, Path file, ScriptFormat format, int revisesLine) {
        this(revision, file, format, revisesLine, null);
    }

    /** The revision's id. */
    public String id() {
        return revision.id();
    }

    /** The SHA-256 of the source, which the log records when the revision runs; the same for file and build. */
    public String checksum() {
        return precompiled == null ? Checksums.of(file) : precompiled.checksum();
    }

    /**
     * Whether {@code recorded} (from the log) is this revision's checksum; a file also matches the raw-bytes
     * checksum Retort recorded before line endings were read as LF.
     */
    public boolean checksumMatches(String recorded) {
        return precompiled == null ? Checksums.matches(recorded, file) : precompiled.checksum().equals(recorded);
    }

    /** How messages name the source: the file, or {@code classpath:...} for a revision read from the classpath. */
    public String location() {
        return precompiled == null ? file.toString() : precompiled.location();
    }

    /** The source's bytes. */
    public byte[] source() {
        if (precompiled != null) {
            return precompiled.source();
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScriptException(file, 0, "cannot read: " + e.getMessage());
        }
    }
}
