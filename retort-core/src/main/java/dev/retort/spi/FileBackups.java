package dev.retort.spi;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/** Copies of a database that is one file ({@link Capability#FILE_BACKUPS}), kept next to it. */
public interface FileBackups {
    /** The database file the copies are of. */
    Path databaseFile();

    /** Whether a changing upgrade or downgrade writes a copy first (retort.toml's {@code backup = "auto"}). */
    boolean automatic();

    /**
     * Writes a consistent copy through {@code connection}, keeps the newest few, and returns where it is.
     *
     * @param requested asked for by the user, rather than written before a change
     */
    Path create(Connection connection, boolean requested);

    /** The copies, newest first. */
    List<Path> list();

    /** The copy a plain {@code restore} puts back: the newest, not counting those restores made of what they replaced. */
    Optional<Path> newest();

    /**
     * Puts {@code backup} back in place of the database, refusing a file that is not a backup of it; returns the
     * copy it made of what it replaced, or null when there was nothing.
     */
    Path restore(Path backup);

    /** Deletes {@code backup} after the run it was written for succeeded, when none are to be kept; says whether it did. */
    boolean discardAfterSuccess(Path backup);
}
