package dev.retort.runtime;

import dev.retort.config.JdbcUrls;
import dev.retort.config.RetortConfig;
import dev.retort.config.Secrets;
import dev.retort.error.RetortException;
import dev.retort.spi.Dialect;
import dev.retort.spi.DialectProvider;
import dev.retort.spi.DialectRegistry;
import dev.retort.spi.FileBackups;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** One open connection to the user's database, with the dialect that speaks to it. */
public final class Database implements AutoCloseable {
    private final Connection connection;
    private final DialectProvider provider;
    private final Dialect dialect;
    private final String url;
    private final RetortConfig config;
    private final Secrets secrets;

    private Database(Connection connection, DialectProvider provider, Dialect dialect, String url,
                     RetortConfig config, Secrets secrets) {
        this.connection = connection;
        this.provider = provider;
        this.dialect = dialect;
        this.url = url;
        this.config = config;
        this.secrets = secrets;
    }

    public static Database open(RetortConfig config) {
        return open(config, new Secrets(config.url()));
    }

    /** Connects to the configured URL; {@code secrets} masks its password in every message. */
    public static Database open(RetortConfig config, Secrets secrets) {
        String url = config.url();
        secrets.register(url);
        DialectRegistry registry = DialectRegistry.installed();
        if (url != null && !url.isBlank() && registry.find(url).isEmpty()) {
            return openWrapped(config, secrets, registry);
        }
        DialectProvider provider = registry.forUrl(url);
        Path folder = provider.databaseFile(url).map(f -> f.toAbsolutePath().getParent()).orElse(null);
        if (folder != null && !Files.isDirectory(folder)) {
            // The driver would only say "unable to open database file".
            throw new RetortException("cannot open the " + provider.displayName() + " database "
                    + provider.databaseFile(url).orElseThrow() + ": folder " + folder
                    + " does not exist; create it, or fix the url");
        }
        try {
            JdbcUrls.Credentials credentials = JdbcUrls.credentials(url);
            Connection connection = provider.openConnection(provider.driverUrl(credentials.url()),
                    credentials.properties());
            return prepare(connection, provider, url, config, secrets);
        } catch (SQLException e) {
            throw new RetortException("cannot connect to " + secrets.redact(url) + ": "
                    + secrets.redact(firstLine(e.getMessage())), e);
        }
    }

    /**
     * A URL whose scheme no dialect knows, as wrapping drivers write them ({@code jdbc:p6spy:}, {@code jdbc:tc:},
     * {@code jdbc:aws-wrapper:}): the driver that takes it connects, and the database it reaches says what it is.
     */
    private static Database openWrapped(RetortConfig config, Secrets secrets, DialectRegistry registry) {
        String url = config.url();
        JdbcUrls.Credentials credentials = JdbcUrls.credentials(url);
        Connection connection;
        try {
            connection = DriverManager.getConnection(credentials.url(), credentials.properties());
        } catch (SQLException e) {
            // No driver on the classpath takes it (or it refused): the URL's scheme is the thing to fix. The driver's
            // exception is left out: its message quotes the URL, password and all, and builds print causes.
            throw new RetortException(registry.forUrlRefusal(url) + " (" + secrets.redact(firstLine(e.getMessage())) + ")");
        }
        try {
            return prepare(connection, registry.forConnection(connection), url, config, secrets);
        } catch (RuntimeException | SQLException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is of no use either way
            }
            if (e instanceof RuntimeException refused) {
                throw refused;
            }
            throw new RetortException("cannot use " + secrets.redact(url) + ": " + secrets.redact(firstLine(e.getMessage())), e);
        }
    }

    /** For applications that hand Retort their pool: the dialect is told by the connection itself. */
    public static Database open(DataSource dataSource, RetortConfig config, Secrets secrets) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                DialectProvider provider = DialectRegistry.installed().forConnection(connection);
                return prepare(connection, provider, connection.getMetaData().getURL(), config, secrets);
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new RetortException("cannot get a connection from the data source: "
                    + secrets.redact(firstLine(e.getMessage())), e);
        }
    }

    /** A private scratch database of {@code provider}'s family, for replaying revisions while writing SQL offline. */
    public static Database offlineScratch(DialectProvider provider, RetortConfig config) {
        try {
            return prepare(provider.openOfflineScratch(), provider, null, config, new Secrets());
        } catch (SQLException e) {
            throw new RetortException("cannot open a scratch " + provider.displayName() + " database: "
                    + e.getMessage(), e);
        }
    }

    private static Database prepare(Connection connection, DialectProvider provider, String url, RetortConfig config,
                                    Secrets secrets) throws SQLException {
        connection.setAutoCommit(true);
        Dialect dialect;
        try {
            dialect = provider.connect(connection, config);
        } catch (RuntimeException | SQLException e) {
            connection.close();
            throw e;
        }
        return new Database(connection, provider, dialect, url, config, secrets);
    }

    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    public DialectProvider provider() {
        return provider;
    }

    /** The URL, safe to print. */
    public String displayUrl() {
        return secrets.redact(url);
    }

    /** The backups of this database, when its family keeps its database in a file and this one is a file. */
    public Optional<FileBackups> backups() {
        return url == null ? Optional.empty() : provider.backups(url, config);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort; the work is committed or rolled back already
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
