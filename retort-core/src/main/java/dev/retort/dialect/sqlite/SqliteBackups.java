package dev.retort.dialect.sqlite;

import dev.retort.error.RetortException;
import dev.retort.spi.FileBackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of a SQLite database file, written next to it before it changes. {@code VACUUM INTO} makes a
 * consistent copy even while other connections read, which a plain file copy does not promise.
 */
public final class SqliteBackups implements FileBackups {
    private static final String MARK = ".retort-backup-";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path databaseFile;
    private final SqliteSettings settings;

    public SqliteBackups(Path databaseFile, SqliteSettings settings) {
        this.databaseFile = databaseFile;
        this.settings = settings;
    }

    @Override
    public Path databaseFile() {
        return databaseFile;
    }

    @Override
    public boolean automatic() {
        return settings.autoBackup();
    }

    /** A backup asked for ({@code retort backup}) is kept even with {@code keep_backups = 0}. */
    @Override
    public Path create(Connection connection, boolean requested) {
        int keep = settings.keepBackups();
        return create(connection, databaseFile, requested ? Math.max(1, keep) : keep);
    }

    @Override
    public List<Path> list() {
        return list(databaseFile);
    }

    @Override
    public Path restore(Path backup) {
        return restore(backup, databaseFile);
    }

    /** Writes a backup of {@code databaseFile} through {@code connection} and keeps the newest {@code keep}. */
    public static Path create(Connection connection, Path databaseFile, int keep) {
        Path target = uniqueTarget(databaseFile);
        Path partial = null;
        try (Statement statement = connection.createStatement()) {
            // Written under a name `list` does not match, then renamed: a runner killed half-way through
            // leaves no truncated file that `restore` would take for the newest backup. VACUUM INTO accepts
            // an existing empty file, so the temporary name is reserved atomically first.
            partial = Files.createTempFile(target.toAbsolutePath().getParent(),
                    "." + databaseFile.getFileName() + ".retort-writing-", "");
            statement.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new RetortException("cannot back up " + databaseFile + " to " + target + ": " + e.getMessage()
                    + " (skip with --no-backup)", e);
        }
        prune(databaseFile, keep);
        return target;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is only clutter
        }
    }

    /** The backups of a database file, newest first. */
    public static List<Path> list(Path databaseFile) {
        Path dir = databaseFile.toAbsolutePath().getParent();
        String prefix = databaseFile.getFileName() + MARK;
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix)).forEach(found::add);
        } catch (IOException e) {
            throw new RetortException("cannot list backups in " + dir + ": " + e.getMessage());
        }
        found.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        return found;
    }

    /**
     * Puts a backup back in place of the database file. The current file is backed up first (by copy, as
     * nothing else may have it open during a restore), so a restore can itself be undone.
     *
     * @return the backup of the file that was replaced, or null when there was no file
     */
    public static Path restore(Path backup, Path databaseFile) {
        if (!Files.isRegularFile(backup)) {
            throw new RetortException(backup + ": no such backup; list them with `retort restore --list`");
        }
        try {
            Path previous = null;
            if (Files.exists(databaseFile)) {
                previous = uniqueTarget(databaseFile);
                Files.copy(databaseFile, previous);
            }
            Path temporary = databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring");
            Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return previous;
        } catch (IOException e) {
            throw new RetortException("cannot restore " + databaseFile + " from " + backup + ": " + e.getMessage());
        }
    }

    private static Path uniqueTarget(Path databaseFile) {
        // The process id keeps the names of runners that back up in the same millisecond apart.
        String stamp = STAMP.format(Instant.now()) + "-" + ProcessHandle.current().pid();
        Path target = databaseFile.resolveSibling(databaseFile.getFileName() + MARK + stamp);
        for (int n = 1; Files.exists(target); n++) {
            target = databaseFile.resolveSibling(databaseFile.getFileName() + MARK + stamp + "-" + n);
        }
        return target;
    }

    private static void prune(Path databaseFile, int keep) {
        List<Path> backups = list(databaseFile);
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException ignored) {
                // an old backup that cannot be deleted is only clutter
            }
        }
        removeAbandoned(databaseFile);
    }

    /**
     * Deletes what runners killed while writing a backup left behind. Only old ones: a copy still being
     * written by a runner working right now keeps its modification time fresh.
     */
    private static void removeAbandoned(Path databaseFile) {
        Path dir = databaseFile.toAbsolutePath().getParent();
        String prefix = "." + databaseFile.getFileName() + ".retort-writing-";
        Instant cutoff = Instant.now().minus(java.time.Duration.ofDays(1));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException ignored) {
            // leftovers are only clutter
        }
    }
}
