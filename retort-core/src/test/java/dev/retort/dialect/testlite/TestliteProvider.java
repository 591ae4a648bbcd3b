package dev.retort.dialect.testlite;

import dev.retort.config.RetortConfig;
import dev.retort.config.Settings;
import dev.retort.dialect.sqlite.SqliteProvider;
import dev.retort.spi.Dialect;
import dev.retort.spi.DialectProvider;
import dev.retort.spi.RehearsalDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * A fourth dialect, found through {@code META-INF/services} in the test classpath only: SQLite underneath, under
 * a name, URL scheme and settings section of its own ({@code jdbc:testlite:FILE}, {@code [testlite]}), and
 * without file backups. It shows that a dialect is a jar on the classpath: nothing generic names it.
 */
public final class TestliteProvider implements DialectProvider {
    static final String NAME = "testlite";
    static final String PREFIX = "jdbc:testlite:";
    private static final String SQLITE_PREFIX = "jdbc:sqlite:";
    private final SqliteProvider sqlite = new SqliteProvider();

    /** The SQLite URL a testlite URL stands for. */
    static String toSqlite(String url) {
        return SQLITE_PREFIX + url.substring(PREFIX.length());
    }

    static String fromSqlite(String url) {
        return PREFIX + url.substring(SQLITE_PREFIX.length());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "TestLite";
    }

    @Override
    public String urlForm() {
        return "jdbc:testlite:FILE";
    }

    @Override
    public boolean acceptsUrl(String url) {
        return url.startsWith(PREFIX);
    }

    /** Its connections are SQLite's, which SQLite's own provider claims. */
    @Override
    public boolean acceptsProduct(String product) {
        return false;
    }

    @Override
    public String driverUrl(String url) {
        return toSqlite(url);
    }

    @Override
    public String resolveRelative(String url, Path dir) {
        return fromSqlite(sqlite.resolveRelative(toSqlite(url), dir));
    }

    @Override
    public Optional<Path> databaseFile(String url) {
        return sqlite.databaseFile(toSqlite(url));
    }

    @Override
    public boolean exists(String url) {
        return sqlite.exists(toSqlite(url));
    }

    @Override
    public Object readSettings(Settings section) {
        section.allowOnly(Set.of("foreign_keys"));
        return new TestliteSettings(section.bool("foreign_keys", true));
    }

    @Override
    public Dialect connect(Connection connection, RetortConfig config) throws SQLException {
        return new TestliteDialect(sqlite.connect(connection, asSqlite(config)));
    }

    @Override
    public Dialect offline(RetortConfig config) {
        return new TestliteDialect(sqlite.offline(asSqlite(config)));
    }

    /** The configuration SQLite's provider reads: this dialect's foreign-key setting as SQLite's section. */
    private static RetortConfig asSqlite(RetortConfig config) {
        boolean foreignKeys = config.dialectSettings(NAME, TestliteSettings.class).map(TestliteSettings::foreignKeys)
                .orElse(true);
        return RetortConfig.builder().projectDir(config.projectDir()).scriptLocation(config.scriptLocation())
                .url(config.url()).models(config.models())
                .dialectSettings("sqlite", new dev.retort.dialect.sqlite.SqliteSettings(foreignKeys, "off", 0)).build();
    }

    @Override
    public Connection openOfflineScratch() throws SQLException {
        return sqlite.openOfflineScratch();
    }

    @Override
    public RehearsalDatabase rehearsalCopy(String url) {
        return asTestlite(sqlite.rehearsalCopy(toSqlite(url)));
    }

    @Override
    public RehearsalDatabase rehearsalEmpty(String url) {
        return asTestlite(sqlite.rehearsalEmpty(toSqlite(url)));
    }

    /** The rehearsal runs through this dialect too: its copy is reached by a testlite URL. */
    private static RehearsalDatabase asTestlite(RehearsalDatabase copy) {
        return new RehearsalDatabase() {
            @Override
            public String url() {
                return fromSqlite(copy.url());
            }

            @Override
            public void close() {
                copy.close();
            }
        };
    }

    record TestliteSettings(boolean foreignKeys) {
    }
}
