package dev.retort.cli.scenario;

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
 * A MariaDB database of a scenario's own on the server at 127.0.0.1:3306 (root, no password), dropped on
 * close. Without the server the scenario is skipped, except with CI=true, where it fails. (The same rule as
 * retort-core's MariadbTestServer; test classes do not travel between modules.)
 */
final class MariadbServer implements AutoCloseable {
    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private final String name;

    private MariadbServer(String name) {
        this.name = name;
    }

    static MariadbServer createDatabase() {
        String name = "retort_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            admin("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String reason = "no MariaDB for this scenario at " + SERVER + ": " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: MariaDB scenarios must run)");
            }
            Assumptions.abort(reason);
        }
        return new MariadbServer(name);
    }

    /** The database's URL as a user passes it to {@code --url}, with {@code scheme} "mariadb" or "mysql". */
    String url(String scheme) {
        return "jdbc:" + scheme + "://root@127.0.0.1:3306/" + name;
    }

    List<String> query(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + name + "?user=root");
             Statement st = connection.createStatement(); var rows = st.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a statement that returns no rows (DDL, say) on the scenario's database. */
    void exec(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + name + "?user=root");
             Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "?user=root&connectTimeout=3000");
             Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
