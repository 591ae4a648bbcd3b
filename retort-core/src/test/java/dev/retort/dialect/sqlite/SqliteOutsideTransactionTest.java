package dev.retort.dialect.sqlite;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.ParallelUpgrades;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Revisions with {@code Transaction: none} on SQLite: a statement SQLite refuses inside a transaction ({@code VACUUM})
 * runs, and runners in one process queue on the lock file while such a revision runs, so it runs once.
 */
class SqliteOutsideTransactionTest {
    private static void sql(Path dir, String id, String parent, String header, String upgrade) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve(id + "_r.sql"), "-- Revision: " + id + "\n-- Revises: " + parent + "\n" + header
                + "-- Message: revision " + id + "\n-- retort:upgrade\n" + upgrade + "\n-- retort:downgrade\nSELECT 1;\n");
    }

    private static RetortConfig config(Path dir) {
        return RetortConfig.builder().projectDir(dir).url("jdbc:sqlite:" + dir.resolve("db.sqlite3")).build();
    }

    @Test
    void vacuumRunsInARevisionOutsideATransactionAndNotInAnOrdinaryOne(@TempDir Path dir) throws Exception {
        sql(dir, "c10000000001", "", "", "CREATE TABLE runs (n INTEGER);");
        sql(dir, "c10000000002", "c10000000001", "-- Transaction: none\n", "INSERT INTO runs VALUES (1);\nVACUUM;");
        Retort.open(config(dir)).upgrade("head");
        assertEquals(List.of("1"), rows(dir, "SELECT count(*) FROM runs"));
        assertEquals(List.of("c10000000002 ok"), rows(dir, "SELECT revision || ' ' || status FROM retort_log WHERE id = 2"));

        Path other = Files.createDirectories(dir.resolve("other"));
        sql(other, "c20000000001", "", "", "CREATE TABLE runs (n INTEGER);\nVACUUM;");
        RetortException refused = assertThrows(RetortException.class, () -> Retort.open(config(other)).upgrade("head"));
        assertTrue(refused.getMessage().contains("VACUUM"), refused.getMessage());
    }

    @Test
    void eightRunnersRunARevisionOutsideATransactionOnce(@TempDir Path dir) throws Exception {
        sql(dir, "c30000000001", "", "", "CREATE TABLE runs (n INTEGER);");
        sql(dir, "c30000000002", "c30000000001", "-- Transaction: none\n", "INSERT INTO runs VALUES (1);\nVACUUM;");
        sql(dir, "c30000000003", "c30000000002", "", "INSERT INTO runs VALUES (3);");
        assertEquals(3, ParallelUpgrades.race(config(dir), 8), "steps applied over all runners");
        assertEquals(List.of("1", "3"), rows(dir, "SELECT n FROM runs ORDER BY n"), "each revision ran once");
        assertEquals(List.of("c30000000003"), rows(dir, "SELECT version_num FROM retort_version"));
        assertEquals(List.of(), rows(dir, "SELECT revision FROM retort_log WHERE status <> 'ok'"), "no mark left");
    }

    private static List<String> rows(Path dir, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db.sqlite3"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
