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
 * A database of a scenario's own on the three-node MariaDB Galera cluster that {@code .ci/start-galera} starts
 * (SQL ports 3307, 3308, 3309), dropped on close. Without the cluster the scenario is skipped, except with CI=true,
 * where it fails.
 */
final class GaleraCluster implements AutoCloseable {
    static final int NODES = 3;
    private final String name;

    private GaleraCluster(String name) {
        this.name = name;
    }

    static GaleraCluster createDatabase() {
        String name = "retort_g_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            for (int node = 0; node < NODES; node++) {
                List<String> size = query(server(node) + "?user=root&connectTimeout=3000",
                        "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'WSREP_CLUSTER_SIZE'");
                if (!size.equals(List.of(String.valueOf(NODES)))) {
                    throw new SQLException("node " + (node + 1) + " sees a cluster of " + size + " nodes, not " + NODES);
                }
            }
            exec(server(0) + "?user=root", "CREATE DATABASE " + name);
        } catch (SQLException e) {
            String reason = "no three-node Galera cluster at 127.0.0.1:3307-3309 (start it with .ci/start-galera): "
                    + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: the Galera scenarios must run)");
            }
            Assumptions.abort(reason);
        }
        return new GaleraCluster(name);
    }

    private static String server(int node) {
        return "jdbc:mariadb://127.0.0.1:" + (3307 + node) + "/";
    }

    /** The database's URL on node {@code node} (0, 1 or 2), as a user passes it to {@code --url}. */
    String url(int node) {
        return "jdbc:mariadb://root@127.0.0.1:" + (3307 + node) + "/" + name;
    }

    /** The first column of a query's rows, read on node {@code node}, after it has applied what the others committed. */
    List<String> query(int node, String sql) {
        try {
            exec(server(node) + name + "?user=root", "SET SESSION wsrep_sync_wait = 1");
            return query(server(node) + name + "?user=root&sessionVariables=wsrep_sync_wait=1", sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a statement that returns no rows on node {@code node}'s copy of the database. */
    void exec(int node, String sql) {
        try {
            exec(server(node) + name + "?user=root", sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The database's name. */
    String name() {
        return name;
    }

    @Override
    public void close() throws SQLException {
        exec(server(0) + "?user=root", "DROP DATABASE IF EXISTS " + name);
    }

    private static List<String> query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement st = connection.createStatement();
             var rows = st.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        }
    }

    private static void exec(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
