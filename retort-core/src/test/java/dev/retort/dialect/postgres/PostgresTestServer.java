package dev.retort.dialect.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server tests run against: the one on 127.0.0.1:5432 (trust auth, user postgres) when it
 * answers, else an embedded one started once per test JVM. When neither is possible a test is skipped with
 * the reason, except on CI (CI=true), where a skipped PostgreSQL test would hide a broken build: it fails.
 */
public final class PostgresTestServer {
    /** {@code -Dretort.test.postgres.local=false} skips the local server, to exercise the embedded one. */
    private static final String LOCAL = Boolean.parseBoolean(System.getProperty("retort.test.postgres.local", "true"))
            ? "//127.0.0.1:5432/" : "//127.0.0.1:1/";
    private static String hostAndPort;
    private static String unavailable;
    /** The database {@link #createSchema} makes schemas in: created on first use, dropped when the JVM exits. */
    private static String sharedDatabase;

    private PostgresTestServer() {
    }

    /** A new, empty database of its own; close it to drop it. Skips (or on CI fails) without a server. */
    public static PostgresTestDatabase createDatabase() {
        String server = requireServer();
        String name = uniqueName();
        try (Connection admin = connect(server, "postgres"); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new PostgresTestDatabase(server, name);
    }

    /**
     * A new, empty schema of its own in a database shared by the tests of this JVM; close it to drop it. For
     * tests that run many cases, each on a clean state: a schema costs milliseconds, a database far more.
     * Skips (or on CI fails) without a server.
     */
    public static PostgresTestSchema createSchema() {
        String server = requireServer();
        String database = sharedDatabase(server);
        String name = uniqueName();
        try (Connection connection = connect(server, database); Statement st = connection.createStatement()) {
            st.execute("CREATE SCHEMA " + name);   // no IF NOT EXISTS: the schema is new, so it is empty
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test schema " + name + ": " + e.getMessage(), e);
        }
        return new PostgresTestSchema(server, database, name);
    }

    /**
     * Its public schema is dropped: each test's URL searches only its own schema, and with nowhere shared to
     * land, a statement that names public fails instead of leaving something for the next test to see.
     */
    private static synchronized String sharedDatabase(String server) {
        if (sharedDatabase == null) {
            String name = uniqueName();
            try (Connection admin = connect(server, "postgres"); Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the shared test database " + name + ": " + e.getMessage(), e);
            }
            try (Connection connection = connect(server, name); Statement st = connection.createStatement()) {
                st.execute("DROP SCHEMA public CASCADE");
            } catch (SQLException e) {
                dropDatabase(server, name);
                throw new IllegalStateException("could not prepare the shared test database " + name + ": " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    dropDatabase(server, name);
                } catch (IllegalStateException ignored) {
                    // the JVM is exiting (an embedded server may be stopping too); a left-over database is harmless
                }
            }));
            sharedDatabase = name;
        }
        return sharedDatabase;
    }

    private static String requireServer() {
        String server = server();
        if (server == null) {
            String reason = "no PostgreSQL for this test: " + unavailable;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: PostgreSQL tests must run)");
            }
            Assumptions.abort(reason);
        }
        return server;
    }

    private static String uniqueName() {
        return "retort_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static Connection connect(String server, String database) throws SQLException {
        return connect(server, database, new Properties());
    }

    /** @param extra more connection properties (currentSchema, for one) */
    static Connection connect(String server, String database, Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(extra);
        properties.setProperty("user", "postgres");
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql:" + server + database, properties);
    }

    static void dropDatabase(String server, String name) {
        try (Connection admin = connect(server, "postgres"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static synchronized String server() {
        if (hostAndPort != null || unavailable != null) {
            return hostAndPort;
        }
        try (Connection ignored = connect(LOCAL, "postgres")) {
            hostAndPort = LOCAL;
            return hostAndPort;
        } catch (SQLException local) {
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (Exception ignored) {
                        // the JVM is exiting; the embedded server's files are temporary
                    }
                }));
                hostAndPort = "//127.0.0.1:" + embedded.getPort() + "/";
            } catch (Exception | LinkageError e) {
                unavailable = "127.0.0.1:5432 did not answer (" + local.getMessage() + ") and the embedded server did"
                        + " not start (" + e.getMessage() + ")";
            }
            return hostAndPort;
        }
    }
}
