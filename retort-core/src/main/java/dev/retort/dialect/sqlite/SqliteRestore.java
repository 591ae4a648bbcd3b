package dev.retort.dialect.sqlite;

import dev.retort.error.RetortException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Puts a backup back into a SQLite database through SQLite's online backup API (sqlite.org/backup.html), the
 * way {@code sqlite3 db ".restore FILE"} does: the pages are copied into the open database under its write
 * lock, so the file is never replaced. Another process with the database open keeps writing to the real file
 * (a file swapped under it would take its next commit into an unlinked inode, lost); one in the middle of a
 * write transaction is waited for, up to {@link #WAIT_MILLIS}, and then the restore stops with a clear message.
 * A file SQLite cannot read at all (the damage a restore is for) has no pages to write into and nobody working
 * in it: that one is copied aside and replaced.
 */
final class SqliteRestore {
    /** How long a restore waits for another connection's write transaction to end. */
    static final int WAIT_MILLIS = 10_000;
    private static final String SQLITE = "jdbc:sqlite:";

    private final Path databaseFile;

    SqliteRestore(Path databaseFile) {
        this.databaseFile = databaseFile;
    }

    /**
     * @param copyOfReplaced writes a copy of the database as it is, through the connection the restore uses
     * @param replacedName   where a damaged database file is copied aside before it is replaced
     * @return the copy of what was replaced, or null when the database was missing or empty
     */
    Path restore(Path backup, Function<Connection, Path> copyOfReplaced, Supplier<Path> replacedName) {
        checkIsBackup(backup);
        if (!isReadableDatabase(databaseFile)) {
            return replaceDamaged(backup, replacedName);
        }
        Properties waiting = new Properties();
        // The busy handler is what sqlite3_backup_step waits on for another connection's write lock.
        waiting.setProperty("busy_timeout", String.valueOf(WAIT_MILLIS));
        try (Connection connection = SqliteConnections.open(SQLITE + databaseFile, waiting)) {
            try (Statement statement = connection.createStatement()) {
                // Waits for a writer's transaction to end, and fails here, before anything changed, when it does
                // not: the backup API's own wait gives up without an error (sqlite3_backup_step's SQLITE_BUSY).
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("ROLLBACK");
            }
            Path replaced = Files.size(databaseFile) > 0 ? copyOfReplaced.apply(connection) : null;
            try (Statement statement = connection.createStatement()) {
                // sqlite-jdbc's "restore from" runs sqlite3_backup_step into this connection's main database.
                statement.executeUpdate("restore from '" + backup.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            if (!fingerprint(connection).equals(fingerprintOf(backup))) {
                throw new RetortException("cannot restore " + databaseFile + ": another connection began writing to it"
                        + " as the restore started; run it again (the database was copied to " + replaced + " first)");
            }
            return replaced;
        } catch (SQLException e) {
            if (isBusy(e)) {
                throw new RetortException("cannot restore " + databaseFile + ": another connection has been writing to"
                        + " it for " + WAIT_MILLIS / 1000 + " s; nothing was changed; stop the application or try again"
                        + " when its transaction has ended");
            }
            throw new RetortException("cannot restore " + databaseFile + " from " + backup + ": " + e.getMessage()
                    + "; nothing was changed", e);
        } catch (IOException e) {
            throw new RetortException("cannot restore " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    /** Whether the file is a database SQLite can read (a missing file is not; nothing has it open then either). */
    private static boolean isReadableDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1");
        try (Connection connection = SqliteConnections.open(SQLITE + file.toAbsolutePath(), readOnly);
             Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() && "ok".equals(rs.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A database file SQLite cannot read has nothing worth writing into: its bytes are copied aside, and the
     * backup takes its place by an atomic rename, with the old file's mode kept.
     */
    private Path replaceDamaged(Path backup, Supplier<Path> replacedName) {
        try {
            Path replaced = null;
            Set<PosixFilePermission> mode = null;
            if (Files.isRegularFile(databaseFile)) {
                replaced = replacedName.get();
                Files.copy(databaseFile, replaced);
                mode = Files.getPosixFilePermissions(databaseFile);
            }
            Path temporary = databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring");
            Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
            if (mode != null) {
                Files.setPosixFilePermissions(temporary, mode);
            }
            Files.move(temporary, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return replaced;
        } catch (IOException | UnsupportedOperationException e) {
            throw new RetortException("cannot restore " + databaseFile + " from " + backup + ": " + e.getMessage(), e);
        }
    }

    /** What tells a restored database from one the restore did not reach: its size and Retort's own rows. */
    private static String fingerprint(Connection connection) throws SQLException {
        StringBuilder print = new StringBuilder();
        try (Statement st = connection.createStatement()) {
            for (String sql : new String[]{"PRAGMA page_count", "SELECT count(*) FROM retort_log",
                    "SELECT group_concat(version_num) FROM (SELECT version_num FROM retort_version ORDER BY 1)"}) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    print.append(rs.next() ? rs.getString(1) : "").append('|');
                } catch (SQLException missing) {
                    print.append("-|");
                }
            }
        }
        return print.toString();
    }

    private static String fingerprintOf(Path backup) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1");
        try (Connection connection = SqliteConnections.open(SQLITE + backup.toAbsolutePath(), readOnly)) {
            return fingerprint(connection);
        }
    }

    private static boolean isBusy(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_BUSY") || message.contains("database is locked");
    }

    /**
     * Refuses what is not a backup of a Retort database: not a SQLite file, one that fails
     * {@code PRAGMA integrity_check}, or one without Retort's version table.
     */
    static void checkIsBackup(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new RetortException(backup + ": no such backup; list them with `retort restore --list`");
        }
        Properties readOnly = new Properties();
        // SQLITE_OPEN_READONLY: checking a file must not change it, nor create a journal next to it.
        readOnly.setProperty("open_mode", "1");
        try (Connection connection = SqliteConnections.open(SQLITE + backup.toAbsolutePath(), readOnly);
             Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                String verdict = check.next() ? check.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw notABackup(backup, "it fails PRAGMA integrity_check (" + verdict + ")");
                }
            }
            try (ResultSet table = statement.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'retort_version'")) {
                if (!table.next()) {
                    throw notABackup(backup, "it has no retort_version table, so it is no backup Retort wrote");
                }
            }
        } catch (SQLException e) {
            throw notABackup(backup, "it is not a SQLite database (" + e.getMessage().strip() + ")");
        }
    }

    private static RetortException notABackup(Path backup, String why) {
        return new RetortException(backup + ": not a backup of this database: " + why + "; nothing was restored");
    }
}
