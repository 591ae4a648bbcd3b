package dev.retort.cli.scenario;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A PostgreSQL database of a scenario's own: on the server at 127.0.0.1:5432 (trust auth, user postgres), else
 * on an embedded server started once. Without either the scenario is skipped, except with CI=true, where it
 * fails. (The same rule as retort-core's PostgresTestServer; test classes do not travel between modules.)
 */
final class PostgresServer implements AutoCloseable {
    private static String server;
    private static String unavailable;
    private final String name;

    private PostgresServer(String name) {
        this.name = name;
    }

    static PostgresServer createDatabase() {
        if (server() == null) {
            String reason = "no PostgreSQL for this scenario: " + unavailable;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: PostgreSQL scenarios must run)");
            }
            Assumptions.abort(reason);
        }
        String name = "retort_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + name);
        return new PostgresServer(name);
    }

    /** The database's URL, as a user passes it to {@code --url}; {@code userInfo} is e.g. "postgres:pw@" or "". */
    String url(String userInfo) {
        return "jdbc:postgresql://" + userInfo + server.substring(2) + name + (userInfo.isEmpty() ? "?user=postgres" : "");
    }

    String url() {
        return url("");
    }

    List<String> query(String sql) {
        try (Connection connection = DriverManager.getConnection(url()); Statement st = connection.createStatement();
             var rows = st.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql:" + server + "postgres?user=postgres");
             Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static synchronized String server() {
        if (server != null || unavailable != null) {
            return server;
        }
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&connectTimeout=3")) {
            server = "//127.0.0.1:5432/";
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
                server = "//127.0.0.1:" + embedded.getPort() + "/";
            } catch (Exception | LinkageError e) {
                unavailable = "127.0.0.1:5432 did not answer (" + local.getMessage() + ") and the embedded server did"
                        + " not start (" + e.getMessage() + ")";
            }
        }
        return server;
    }
}
