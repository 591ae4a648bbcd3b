package dev.retort.dialect.sqlite;

import dev.retort.error.RetortException;
import dev.retort.spi.RehearsalDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A throw-away SQLite database in a temporary directory: a copy of the configured file, or an empty one.
 * The original is opened read-only and copied with {@code VACUUM INTO} (sqlite.org/lang_vacuum.html#vacuuminto),
 * which gives a consistent copy even while the application writes, and cannot change the original.
 */
public final class SqliteRehearsalDatabase implements RehearsalDatabase {
    private final Path dir;
    private final Path file;

    private SqliteRehearsalDatabase(Path dir, Path file) {
        this.dir = dir;
        this.file = file;
    }

    /** Copies {@code original}, which must exist. */
    public static SqliteRehearsalDatabase of(Path original) {
        if (!Files.isRegularFile(original)) {
            throw new RetortException(original + ": no such database file to copy; `retort test --empty` "
                    + "rehearses on an empty database");
        }
        SqliteRehearsalDatabase copy = create();
        Properties readOnly = new Properties();
        // SQLITE_OPEN_READONLY: this connection cannot write to the original, whatever runs on it.
        readOnly.setProperty("open_mode", "1");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + original, readOnly);
             Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + copy.file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            copy.close();
            throw new RetortException("cannot copy " + original + " to " + copy.file + ": " + e.getMessage(), e);
        }
        return copy;
    }

    /** A new, empty database (the file appears when it is first opened). */
    public static SqliteRehearsalDatabase empty() {
        return create();
    }

    private static SqliteRehearsalDatabase create() {
        try {
            Path dir = Files.createTempDirectory("retort-test-");
            return new SqliteRehearsalDatabase(dir, dir.resolve("rehearsal.sqlite3"));
        } catch (IOException e) {
            throw new RetortException("cannot create a temporary directory for the rehearsal database: "
                    + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String url() {
        return "jdbc:sqlite:" + file;
    }

    /** Deletes the copy and anything SQLite left next to it (journal, WAL). */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover file in the temporary directory is harmless
        }
    }
}
