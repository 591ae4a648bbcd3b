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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copies of a SQLite database file, written next to it before it changes. {@code VACUUM INTO} makes a
 * consistent copy even while other connections read, which a plain file copy does not promise.
 */
public final class SqliteBackups implements FileBackups {
    private static final String MARK = ".retort-backup-";
    /** Marks the copy a restore makes of the database it replaces, so that the next plain restore skips it. */
    static final String REPLACED = "-replaced";
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

    /**
     * Puts {@code backup} back through SQLite's backup API into the database file, which is never replaced: a
     * connection elsewhere keeps writing to the same file, and its mode and owner stay as they were.
     */
    @Override
    public Path restore(Path backup) {
        Path replaced = new SqliteRestore(databaseFile).restore(backup,
                connection -> create(connection, databaseFile, keepAtLeastOne(), REPLACED),
                () -> uniqueTarget(databaseFile, REPLACED));
        prune(databaseFile, keepAtLeastOne());
        return replaced;
    }

    /** The newest backup that is not the copy a restore made of what it replaced: what a plain restore puts back. */
    @Override
    public Optional<Path> newest() {
        return list().stream().filter(b -> !b.getFileName().toString().endsWith(REPLACED)).findFirst();
    }

    /** With {@code keep_backups = 0} no backup is kept once the run it was written for has succeeded. */
    @Override
    public boolean discardAfterSuccess(Path backup) {
        if (settings.keepBackups() > 0) {
            return false;
        }
        deleteQuietly(backup);
        return true;
    }

    private int keepAtLeastOne() {
        return Math.max(1, settings.keepBackups());
    }

    /**
     * Writes a backup of {@code databaseFile} through {@code connection} and keeps the newest {@code keep}, the new
     * one always among them (it is for the run under way, whatever keep_backups says of old ones).
     */
    public static Path create(Connection connection, Path databaseFile, int keep) {
        return create(connection, databaseFile, keep, "");
    }

    private static Path create(Connection connection, Path databaseFile, int keep, String suffix) {
        Path target = uniqueTarget(databaseFile, suffix);
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
        prune(databaseFile, Math.max(1, keep));
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

    private static Path uniqueTarget(Path databaseFile, String suffix) {
        // The process id keeps the names of runners that back up in the same millisecond apart.
        String stamp = STAMP.format(Instant.now()) + "-" + ProcessHandle.current().pid();
        Path target = databaseFile.resolveSibling(databaseFile.getFileName() + MARK + stamp + suffix);
        for (int n = 1; Files.exists(target); n++) {
            target = databaseFile.resolveSibling(databaseFile.getFileName() + MARK + stamp + "-" + n + suffix);
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
