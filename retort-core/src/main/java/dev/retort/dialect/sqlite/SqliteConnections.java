package dev.retort.dialect.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections from the bundled SQLite driver itself, not through {@link java.sql.DriverManager}, whose first use
 * loads and initializes every JDBC driver on the class path (PostgreSQL's, MariaDB's): a cost each short command
 * would pay on every run, for drivers it does not use.
 */
final class SqliteConnections {
    private static final org.sqlite.JDBC DRIVER = new org.sqlite.JDBC();

    private SqliteConnections() {
    }

    /**
     * Loads the native library and builds the date format every connection's settings start with (a calendar
     * and the locale data behind it, the slowest part of the first connection), so the connection finds both made.
     */
    static void prepare() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
            org.sqlite.date.FastDateFormat.getInstance(org.sqlite.SQLiteConfig.DEFAULT_DATE_STRING_FORMAT);
        } catch (Exception | LinkageError e) {
            // The connection does the same, and reports what fails.
        }
    }

    static Connection open(String url, Properties properties) throws SQLException {
        Connection connection = DRIVER.connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a SQLite URL: " + url);
        }
        return connection;
    }
}
