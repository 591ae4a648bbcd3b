package dev.retort.runtime;

import dev.retort.config.JdbcUrls;
import dev.retort.config.RetortConfig;
import dev.retort.config.Secrets;
import dev.retort.dialect.Dialect;
import dev.retort.error.RetortException;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** One open connection to the user's database, with the dialect that speaks to it. */
public final class Database implements AutoCloseable {
    private final Connection connection;
    private final Dialect dialect;
    private final String url;

    private Database(Connection connection, Dialect dialect, String url) {
        this.connection = connection;
        this.dialect = dialect;
        this.url = url;
    }

    public static Database open(RetortConfig config) {
        String url = config.url();
        String dialectName = JdbcUrls.dialectOf(url);
        Secrets.register(url);
        Path file = JdbcUrls.sqliteFile(url);
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            // The driver would only say "unable to open database file".
            throw new RetortException("cannot open the SQLite database " + file + ": folder " + folder
                    + " does not exist; create it, or fix the url");
        }
        try {
            JdbcUrls.Credentials credentials = JdbcUrls.credentials(url);
            Properties properties = new Properties();
            if (credentials.user() != null) {
                properties.setProperty("user", credentials.user());
            }
            if (credentials.password() != null) {
                properties.setProperty("password", credentials.password());
            }
            return prepare(DriverManager.getConnection(JdbcUrls.forDriver(credentials.url()), properties),
                    dialectName, url, config);
        } catch (SQLException e) {
            throw new RetortException("cannot connect to " + Secrets.redact(url) + ": "
                    + Secrets.redact(firstLine(e.getMessage())), e);
        }
    }

    /** For applications that hand Retort their pool. */
    public static Database open(DataSource dataSource, RetortConfig config) {
        try {
            Connection connection = dataSource.getConnection();
            String url = connection.getMetaData().getURL();
            return prepare(connection, JdbcUrls.dialectOf(url), url, config);
        } catch (SQLException e) {
            throw new RetortException("cannot get a connection from the data source: " + firstLine(e.getMessage()), e);
        }
    }

    /** A private in-memory SQLite database, for replaying revisions offline and for rehearsals. */
    public static Database scratchSqlite(RetortConfig config) {
        String url = "jdbc:sqlite::memory:";
        try {
            return prepare(DriverManager.getConnection(url), "sqlite", url, config);
        } catch (SQLException e) {
            throw new RetortException("cannot open an in-memory SQLite database: " + e.getMessage(), e);
        }
    }

    private static Database prepare(Connection connection, String dialectName, String url, RetortConfig config)
            throws SQLException {
        connection.setAutoCommit(true);
        Dialect dialect;
        try {
            dialect = Dialects.forConnection(dialectName, connection, config);
        } catch (RuntimeException | SQLException e) {
            connection.close();
            throw e;
        }
        return new Database(connection, dialect, url);
    }

    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL, safe to print. */
    public String displayUrl() {
        return Secrets.redact(url);
    }

    /** The SQLite file behind this database, or null (another dialect, or in memory). */
    public Path sqliteFile() {
        return JdbcUrls.sqliteFile(url);
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
