package dev.retort.dialect.postgres;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retort pointed at a hot standby (.ci/start-pg-standby: port 5433, following 127.0.0.1:5432) refuses every verb
 * that writes, in one line that names the server as a read-only standby, before it changes anything; {@code current}
 * reads there as on the primary. Without the standby the test is skipped, and under CI=true it fails.
 */
class PostgresStandbyTest {
    private static final String STANDBY = "//127.0.0.1:5433/";

    @Test
    void writingVerbsAreRefusedOnAStandbyAndCurrentWorks(@TempDir Path dir) throws Exception {
        requireStandby();
        PostgresOutsideTransactionTest.java(dir, "f00000000001", "", "",
                "op.createTable(\"events\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"events\");");
        PostgresOutsideTransactionTest.java(dir, "f00000000002", "f00000000001", "",
                "op.addColumn(\"events\", column(\"note\", TEXT));", "op.dropColumn(\"events\", \"note\");");
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase()) {
            Retort.open(RetortConfig.builder().projectDir(dir).url(db.url()).build()).upgrade("f00000000001");
            String url = "jdbc:postgresql:" + STANDBY + db.name() + "?user=postgres";
            Retort standby = Retort.open(RetortConfig.builder().projectDir(dir).url(url).build());
            awaitReplayed(standby);
            for (Runnable verb : List.<Runnable>of(() -> standby.upgrade("head"), () -> standby.downgrade("base"),
                    () -> standby.stamp("head", false))) {
                RetortException refused = assertThrows(RetortException.class, verb::run);
                assertEquals("the PostgreSQL server at 127.0.0.1:5433/" + db.name() + " is a read-only standby"
                        + " (pg_is_in_recovery() is true): nothing was changed; run upgrade, downgrade and stamp against"
                        + " the primary server", refused.getMessage());
            }
            assertEquals(List.of("f00000000001"), standby.current(), "current reads the standby");
            try (Connection primary = db.connect()) {
                assertEquals(List.of("f00000000001 up"), PostgresMigrationTest.log(primary), "nothing was attempted");
            }
        }
    }

    /** The standby replays the primary's WAL a moment later. */
    private static void awaitReplayed(Retort standby) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                if (standby.current().equals(List.of("f00000000001"))) {
                    return;
                }
            } catch (RetortException notYet) {
                // the database itself has not reached the standby yet
            }
            Thread.sleep(100);
        }
        Assertions.fail("the standby did not replay the primary's upgrade within 10 s");
    }

    private static void requireStandby() {
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql:" + STANDBY + "postgres?user=postgres"
                + "&connectTimeout=3")) {
            return;
        } catch (SQLException e) {
            String reason = "no PostgreSQL standby at 127.0.0.1:5433 (start it with .ci/start-pg-standby): " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: the standby test must run)");
            }
            Assumptions.abort(reason);
        }
    }
}
