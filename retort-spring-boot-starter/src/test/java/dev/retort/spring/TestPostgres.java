package dev.retort.spring;

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
 * A fresh PostgreSQL database for one test: on the server at 127.0.0.1:5432 (trust auth, user postgres) when it
 * answers, else on an embedded server. Without either the test is skipped, except on CI (CI=true), where it fails.
 */
final class TestPostgres implements AutoCloseable {
    private static String server;
    private final String name;

    private TestPostgres(String name) {
        this.name = name;
    }

    static TestPostgres create() {
        String host = server();
        String name = "retort_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = connect(host, "postgres"); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new TestPostgres(name);
    }

    /** The database's URL, with the user in it as the command line takes it. */
    String url() {
        return "jdbc:postgresql:" + server + name;
    }

    @Override
    public void close() {
        try (Connection admin = connect(server, "postgres"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + name + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(String host, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql:" + host + database, properties);
    }

    private static synchronized String server() {
        if (server != null) {
            return server;
        }
        try (Connection ignored = connect("//127.0.0.1:5432/", "postgres")) {
            server = "//127.0.0.1:5432/";
        } catch (SQLException local) {
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (Exception ignored) {
                        // the JVM is exiting
                    }
                }));
                server = "//127.0.0.1:" + embedded.getPort() + "/";
            } catch (Exception | LinkageError e) {
                String reason = "no PostgreSQL: 127.0.0.1:5432 did not answer (" + local.getMessage()
                        + ") and the embedded server did not start (" + e.getMessage() + ")";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    Assertions.fail(reason + " (CI=true: PostgreSQL tests must run)");
                }
                Assumptions.abort(reason);
            }
        }
        return server;
    }
}
