package dev.retort.dialect.mysql;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On MariaDB a revision's data statements share its transaction, unless its header says {@code Transaction: none}:
 * then each commits as it runs, and a failure after one leaves it and a dirty mark, where the same revision without
 * the header rolls its data back.
 */
class MysqlOutsideTransactionTest {
    private static void sql(Path dir, String id, String parent, String header, String upgrade) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve(id + "_r.sql"), "-- Revision: " + id + "\n-- Revises: " + parent + "\n" + header
                + "-- Message: revision " + id + "\n-- retort:upgrade\n" + upgrade + "\n-- retort:downgrade\nSELECT 1;\n");
    }

    @Test
    void dataStatementsCommitOneByOneOnlyInARevisionOutsideATransaction(@TempDir Path dir) throws Exception {
        String failing = "INSERT INTO runs VALUES (2);\nINSERT INTO no_such_table VALUES (1);";
        sql(dir, "d10000000001", "", "", "CREATE TABLE runs (n INT PRIMARY KEY);");
        sql(dir, "d10000000002", "d10000000001", "", failing);
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = Retort.open(RetortConfig.builder().projectDir(dir).url(db.url()).build());
            assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertEquals(List.of(), db.rows("SELECT n FROM runs"), "in its transaction, the INSERT rolled back");
            // (Retort cannot tell DML that rolled back from DDL that stayed, so it marks the revision all the same.)
            retort.stamp("d10000000001", false);

            sql(dir, "d10000000002", "d10000000001", "-- Transaction: none\n", failing);
            RetortException failure = assertThrows(RetortException.class,
                    () -> Retort.open(RetortConfig.builder().projectDir(dir).url(db.url()).build()).upgrade("head"));
            assertTrue(failure.getMessage().contains("revision d10000000002 is marked dirty"), failure.getMessage());
            assertEquals(List.of("2"), db.rows("SELECT n FROM runs"), "outside a transaction, the INSERT stayed");
            assertEquals(List.of("d10000000002"), db.rows("SELECT revision FROM retort_log WHERE status = 'dirty'"));
        }
    }
}
