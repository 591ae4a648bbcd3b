package dev.retort.dialect.mysql;

import dev.retort.dialect.JdbcSession;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own on the real MariaDB server (127.0.0.1:3306, root, no password; override with
 * RETORT_MARIADB_URL), dropped on close. When the server cannot be reached the test is skipped, saying
 * why, unless CI=true: there a missing server is a failure, so the MySQL tests cannot pass unrun.
 */
public final class MariadbTestServer implements AutoCloseable {
    private static final String SERVER = System.getenv().getOrDefault("RETORT_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = "root";
    private static final String PASSWORD = "";

    public final String database;
    public final Connection connection;
    public final JdbcSession session;
    private final Connection admin;

    private MariadbTestServer(Connection admin, String database) throws SQLException {
        this.admin = admin;
        this.database = database;
        this.connection = connect();
        this.session = new JdbcSession(connection);
    }

    /** A fresh, empty database {@code retort_t_<random>}; skips (or, with CI=true, fails) without a server. */
    public static MariadbTestServer create() {
        Connection admin;
        try {
            admin = DriverManager.getConnection(SERVER + "?connectTimeout=3000", USER, PASSWORD);
        } catch (SQLException e) {
            String reason = "no MariaDB server at " + SERVER + " (" + e.getMessage().lines().findFirst().orElse("") + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + "; CI=true, so the MySQL dialect tests must run");
            }
            Assumptions.abort(reason + "; skipping the MySQL dialect tests (set CI=true to make this a failure)");
            throw new IllegalStateException("unreachable");
        }
        String database = "retort_t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try {
            try (Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE `" + database + "`");
            }
            return new MariadbTestServer(admin, database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + database + ": " + e.getMessage(), e);
        }
    }

    /** The database's URL as a user writes it for Retort, with the credentials in it. */
    public String url() {
        return SERVER + database + "?user=" + USER + "&password=" + PASSWORD;
    }

    /** Another connection to the same database, e.g. a second runner. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + database, USER, PASSWORD);
    }

    public void exec(String... statements) {
        for (String sql : statements) {
            session.execute(sql);
        }
    }

    /** Every row as text ("a|b"), NULL as NULL, in the order the query gives. */
    public List<String> rows(String sql) {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = rs.getString(i);
                    row.append(i > 1 ? "|" : "").append(value == null ? "NULL" : value);
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
            try (Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
        } finally {
            admin.close();
        }
    }
}
