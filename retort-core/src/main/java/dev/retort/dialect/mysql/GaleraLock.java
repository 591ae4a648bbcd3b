package dev.retort.dialect.mysql;

import dev.retort.error.RetortException;
import dev.retort.history.HistoryTables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The migration lock on a MariaDB Galera cluster, where {@code GET_LOCK} is local to the node that grants it
 * (mariadb.com/kb/en/mariadb-galera-cluster-known-limitations/), so two runners on two nodes would both hold it.
 * The lock is instead a row of {@code retort_lock}, inserted in a transaction of its own: Galera certifies every
 * commit against all writes ordered before it cluster-wide (galeracluster.com/library/documentation/certification-based-replication.html),
 * so of two nodes inserting the row at once one commits and the other fails (a duplicate key, or a deadlock
 * error where certification aborted it). The holder deletes the row when done. Nodes apply write sets in the
 * order they were certified, so a node that inserts the row after its delete also sees everything its holder
 * committed before: the version rows and dirty marks. {@code wsrep_sync_wait} makes its reads wait for that too.
 * <p>
 * A runner killed while holding the lock leaves the row. On the node it ran on, a later runner sees that the
 * holder's connection is gone and takes the row over; on another node it cannot tell, so after the wait it
 * names the row to delete.
 */
final class GaleraLock {
    private static final int DUPLICATE_KEY = 1062;
    private static final int DEADLOCK = 1213;
    private static final long PAUSE_MS = 100;
    private static final int RELEASE_ATTEMPTS = 50;

    private final String holder = UUID.randomUUID().toString();

    private GaleraLock() {
    }

    /** Whether {@code connection} is on a Galera node: {@code wsrep_on} is ON only with the provider loaded. */
    static boolean isGalera(Connection connection) {
        List<String> on = MysqlQueries.strings(connection, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_VARIABLES"
                + " WHERE VARIABLE_NAME = 'WSREP_ON'");
        return !on.isEmpty() && "ON".equalsIgnoreCase(on.get(0));
    }

    /** Takes lock {@code name} cluster-wide, waiting up to {@code waitSeconds}; the connection must be in autocommit. */
    static GaleraLock take(Connection connection, String name, int waitSeconds) {
        GaleraLock lock = new GaleraLock();
        try {
            try (Statement st = connection.createStatement()) {
                // DDL in total order: every node runs it at the same point of the write-set sequence.
                st.execute("SET SESSION wsrep_OSU_method = 'TOI'");
                st.execute("SET SESSION wsrep_sync_wait = 1");
            }
            createTableIfMissing(connection);
            long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
            while (!lock.tryInsert(connection, name)) {
                lock.takeOverIfStale(connection, name);
                if (System.nanoTime() > deadline) {
                    throw new RetortException("could not take the migration lock '" + name + "' of the Galera cluster"
                            + " within " + waitSeconds + " s: " + lock.describeHolder(connection, name) + "; if no Retort"
                            + " run is alive there, delete that row: DELETE FROM " + HistoryTables.LOCK
                            + " WHERE name = '" + name + "'");
                }
                Thread.sleep(PAUSE_MS);
            }
            return lock;
        } catch (SQLException e) {
            throw new RetortException("could not take the migration lock '" + name + "' of the Galera cluster: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting for the migration lock '" + name + "'");
        }
    }

    /**
     * Deletes the row if this runner still holds it. A write set applied from another node (a DDL in total order
     * on the table, say) can abort the delete as a deadlock; it is tried again, since a row left behind makes
     * every runner on another node wait for the whole lock timeout.
     */
    void release(Connection connection, String name) {
        for (int attempt = 1; ; attempt++) {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM " + HistoryTables.LOCK
                    + " WHERE name = ? AND holder = ?")) {
                st.setString(1, name);
                st.setString(2, holder);
                st.executeUpdate();
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != DEADLOCK || attempt == RELEASE_ATTEMPTS) {
                    // A broken connection: the row stays until a runner on this node sees its connection gone.
                    System.err.println("warning: could not delete the migration lock row '" + name + "' of the Galera"
                            + " cluster: " + e.getMessage() + "; if no Retort run is alive, delete it: DELETE FROM "
                            + HistoryTables.LOCK + " WHERE name = '" + name + "'");
                    return;
                }
                pause();
            }
        }
    }

    /**
     * The lock table, made by the first runner only: {@code CREATE TABLE IF NOT EXISTS} runs in total order on every
     * node even when the table is there, and aborts the transactions that hold the table, such as a holder's release.
     */
    private static void createTableIfMissing(Connection connection) throws SQLException {
        if (!MysqlQueries.strings(connection, "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ?", HistoryTables.LOCK).isEmpty()) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + HistoryTables.LOCK + " (name VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " holder VARCHAR(64) NOT NULL, node VARCHAR(64), connection_id BIGINT, taken_at VARCHAR(32))");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean tryInsert(Connection connection, String name) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO " + HistoryTables.LOCK
                + " (name, holder, node, connection_id, taken_at) VALUES (?, ?, @@wsrep_node_name, CONNECTION_ID(), ?)")) {
            st.setString(1, name);
            st.setString(2, holder);
            st.setString(3, Instant.now().toString());
            st.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY || e.getErrorCode() == DEADLOCK) {
                return false;
            }
            throw e;
        }
    }

    /** A holder on this node whose connection is gone was killed: its row is removed, so the next try can win. */
    private void takeOverIfStale(Connection connection, String name) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM " + HistoryTables.LOCK + " WHERE name = ?"
                + " AND node = @@wsrep_node_name AND connection_id NOT IN (SELECT ID FROM information_schema.PROCESSLIST)")) {
            st.setString(1, name);
            st.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() != DEADLOCK) {
                throw e;
            }
        }
    }

    private String describeHolder(Connection connection, String name) {
        List<String> row = MysqlQueries.strings(connection, "SELECT CONCAT('held by node ', COALESCE(node, '?'), ' (connection ',"
                + " COALESCE(connection_id, '?'), ') since ', COALESCE(taken_at, '?')) FROM " + HistoryTables.LOCK
                + " WHERE name = ?", name);
        return row.isEmpty() ? "another runner kept taking it" : "the row in " + HistoryTables.LOCK + " is " + row.get(0);
    }
}
