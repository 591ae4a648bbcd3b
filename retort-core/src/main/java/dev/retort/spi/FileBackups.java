package dev.retort.spi;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

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

    /** Puts {@code backup} back in place of the database; returns the copy of what it replaced, or null. */
    Path restore(Path backup);
}
