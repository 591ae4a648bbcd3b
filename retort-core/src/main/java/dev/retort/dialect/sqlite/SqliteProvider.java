package dev.retort.dialect.sqlite;

import dev.retort.config.RetortConfig;
import dev.retort.config.Settings;
import dev.retort.error.RetortException;
import dev.retort.spi.Dialect;
import dev.retort.spi.DialectProvider;
import dev.retort.spi.FileBackups;
import dev.retort.spi.RehearsalDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/** SQLite, the embedded default: a database is a file ({@code jdbc:sqlite:FILE}), or memory. */
public final class SqliteProvider implements DialectProvider {
    static final String NAME = "sqlite";
    private static final String PREFIX = "jdbc:sqlite:";
    /** How long a runner waits for another one's lock before giving up (SQLite busy timeout). */
    static final int LOCK_WAIT_MILLIS = 120_000;
    /** SQLite's page cache for Retort's connection, in KiB: room for the tables a revision checks or rebuilds. */
    static final int CACHE_KIB = 64 * 1024;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "SQLite";
    }

    @Override
    public String urlForm() {
        return "jdbc:sqlite:FILE";
    }

    @Override
    public boolean isDefault() {
        return true;
    }

    @Override
    public boolean acceptsUrl(String url) {
        return url.startsWith(PREFIX);
    }

    @Override
    public boolean acceptsProduct(String product) {
        return "SQLite".equalsIgnoreCase(product);
    }

    @Override
    public String resolveRelative(String url, Path dir) {
        String rest = url.substring(PREFIX.length());
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith("file:")) {
            return url;
        }
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        String suffix = query < 0 ? "" : rest.substring(query);
        Path file = Path.of(path);
        return file.isAbsolute() ? url : PREFIX + dir.resolve(file).normalize() + suffix;
    }

    /** Empty for an in-memory database. */
    @Override
    public Optional<Path> databaseFile(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.contains("mode=memory")) {
            return Optional.empty();
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int query = rest.indexOf('?');
        return Optional.of(Path.of(query < 0 ? rest : rest.substring(0, query)));
    }

    @Override
    public boolean exists(String url) {
        return databaseFile(url).map(Files::isRegularFile).orElse(false);
    }

    @Override
    public Object readSettings(Settings section) {
        return SqliteSettings.read(section);
    }

    static SqliteSettings settings(RetortConfig config) {
        return config.dialectSettings(NAME, SqliteSettings.class).orElse(SqliteSettings.DEFAULT);
    }

    @Override
    public Dialect connect(Connection connection, RetortConfig config) throws SQLException {
        SqliteSettings settings = settings(config);
        try (Statement statement = connection.createStatement()) {
            // Concurrent runners queue on the write lock instead of failing with SQLITE_BUSY.
            statement.execute("PRAGMA busy_timeout = " + LOCK_WAIT_MILLIS);
            // A foreign key check looks up each child row's parent; with SQLite's default 2 MB page cache
            // those lookups re-read the parent table from the file over and over once it outgrows the cache
            // (sqlite.org/pragma.html#pragma_cache_size). 64 MiB holds the key pages of millions of rows while
            // keeping a rebuild's peak memory low (bench/RESULTS.md, W3).
            statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
            // Run with what the application runs with; each revision's transaction handles it from there.
            statement.execute("PRAGMA foreign_keys = " + (settings.foreignKeys() ? "ON" : "OFF"));
        }
        return new SqliteDialect(settings);
    }

    @Override
    public Dialect offline(RetortConfig config) {
        return new SqliteDialect(settings(config));
    }

    @Override
    public void prepareDriver() {
        SqliteConnections.prepare();
    }

    @Override
    public Connection openConnection(String driverUrl, Properties properties) throws SQLException {
        return SqliteConnections.open(driverUrl, properties);
    }

    @Override
    public Connection openOfflineScratch() throws SQLException {
        return SqliteScratch.openInMemory();
    }

    @Override
    public RehearsalDatabase rehearsalCopy(String url) {
        return SqliteRehearsalDatabase.of(requireFile(url));
    }

    @Override
    public RehearsalDatabase rehearsalEmpty(String url) {
        requireFile(url);
        return SqliteRehearsalDatabase.empty();
    }

    /** An in-memory database is private to one connection: there is nothing to copy, nor beside it. */
    private Path requireFile(String url) {
        return databaseFile(url).map(Path::toAbsolutePath).orElseThrow(() -> new RetortException(
                "retort test rehearses on a copy of a database file or of a server's database; " + url
                        + " is none of them (an in-memory database lives only as long as one connection)"));
    }

    @Override
    public Optional<FileBackups> backups(String url, RetortConfig config) {
        return databaseFile(url).map(file -> new SqliteBackups(file, settings(config)));
    }
}
