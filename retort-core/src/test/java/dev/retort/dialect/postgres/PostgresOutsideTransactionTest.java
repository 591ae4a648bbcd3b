package dev.retort.dialect.postgres;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Revisions whose header says {@code Transaction: none} on PostgreSQL: {@code CREATE INDEX CONCURRENTLY} runs
 * while the application writes, a failure half-way leaves a dirty mark that the next run refuses, and
 * {@code concurrently()} in an ordinary revision is refused before anything runs.
 */
class PostgresOutsideTransactionTest {
    private static final String TABLE = "op.createTable(\"events\", column(\"id\", BIGINT).primaryKey().autoIncrement(),"
            + " column(\"kind\", INTEGER).notNull());";

    static void java(Path dir, String id, String parent, String header, String upgrade, String downgrade) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve(id + "_r.java"), "// Revision: " + id + "\n// Revises: " + parent + "\n"
                + header + "// Message: revision " + id + "\n\nimport dev.retort.ops.*;\nimport static dev.retort.ops.Dsl.*;\n"
                + "import static dev.retort.schema.Types.*;\n\nclass R" + id + " implements Migration {\n"
                + "    public void upgrade(Ops op) {\n        " + upgrade + "\n    }\n"
                + "    public void downgrade(Ops op) {\n        " + downgrade + "\n    }\n}\n");
    }

    private static Retort retort(Path dir, PostgresTestDatabase db) {
        return Retort.open(RetortConfig.builder().projectDir(dir).url(db.url()).build());
    }

    @Test
    void createIndexConcurrentlyBuildsAValidIndexWhileAnotherConnectionWrites(@TempDir Path dir) throws Exception {
        java(dir, "a00000000001", "", "", TABLE, "op.dropTable(\"events\");");
        java(dir, "a00000000002", "a00000000001", "// Transaction: none\n",
                "op.createIndex(\"ix_events_kind\", \"events\", \"kind\").concurrently();",
                "op.dropIndex(\"ix_events_kind\").concurrently();");
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection check = db.connect()) {
            Retort retort = retort(dir, db);
            retort.upgrade("a00000000001");
            exec(check, "INSERT INTO events (kind) SELECT g % 100 FROM generate_series(1, 300000) g");
            AtomicBoolean done = new AtomicBoolean();
            CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
                int written = 0;
                try (Connection app = db.connect(); Statement st = app.createStatement()) {
                    while (!done.get()) {
                        st.execute("INSERT INTO events (kind) VALUES (" + (written % 100) + ")");
                        written++;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return written;
            });
            retort.upgrade("head");
            done.set(true);
            int written = writer.get(1, TimeUnit.MINUTES);
            assertTrue(written > 0, "the application wrote while the index was built");
            assertEquals(List.of("t"), PostgresMigrationTest.rows(check, "SELECT indisvalid FROM pg_index"
                    + " WHERE indexrelid = 'ix_events_kind'::regclass"), "the index is valid");
            assertEquals(List.of(String.valueOf(300000 + written)), PostgresMigrationTest.rows(check,
                    "SELECT count(*) FROM events"), "every write of the application stayed");
            assertEquals(List.of("a00000000001 up ok", "a00000000002 up ok"), PostgresMigrationTest.rows(check,
                    "SELECT revision || ' ' || direction || ' ' || status FROM retort_log ORDER BY id"));

            retort.downgrade("a00000000001");
            assertEquals(List.of(), PostgresMigrationTest.rows(check,
                    "SELECT indexname FROM pg_indexes WHERE indexname = 'ix_events_kind'"), "dropped concurrently");
        }
    }

    @Test
    void aFailureHalfWayLeavesADirtyMarkThatTheNextRunRefuses(@TempDir Path dir) throws Exception {
        java(dir, "b00000000001", "", "", TABLE, "op.dropTable(\"events\");");
        java(dir, "b00000000002", "b00000000001", "// Transaction: none\n",
                "op.execute(\"INSERT INTO events (kind) VALUES (7)\"); op.execute(\"INSERT INTO no_such_table VALUES (1)\");",
                "op.execute(\"DELETE FROM events WHERE kind = 7\");");
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection check = db.connect()) {
            Retort retort = retort(dir, db);
            RetortException failure = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertTrue(failure.getMessage().contains("no_such_table")
                    && failure.getMessage().contains("revision b00000000002 is marked dirty"), failure.getMessage());
            assertEquals(List.of("1"), PostgresMigrationTest.rows(check, "SELECT count(*) FROM events WHERE kind = 7"),
                    "the statement before the failing one stayed: nothing rolled it back");
            assertEquals(List.of("b00000000002 dirty"), PostgresMigrationTest.rows(check,
                    "SELECT revision || ' ' || status FROM retort_log WHERE status <> 'ok'"));
            assertEquals(List.of("b00000000001"), retort.current());

            RetortException refused = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertTrue(refused.getMessage().startsWith("revision b00000000002 is dirty: its upgrade failed half-way")
                    && refused.getMessage().contains("it ran outside a transaction"), refused.getMessage());
            assertEquals(List.of("1"), PostgresMigrationTest.rows(check, "SELECT count(*) FROM events WHERE kind = 7"),
                    "refused before running anything");
        }
    }

    @Test
    void concurrentlyInsideATransactionalRevisionIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        java(dir, "c00000000001", "", "", TABLE + " op.createIndex(\"ix_events_kind\", \"events\", \"kind\").concurrently();",
                "op.dropTable(\"events\");");
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection check = db.connect()) {
            RetortException refused = assertThrows(RetortException.class, () -> retort(dir, db).upgrade("head"));
            assertTrue(refused.getMessage().contains("'create index ix_events_kind on events concurrently' cannot run"
                    + " inside the revision's transaction") && refused.getMessage().contains("Transaction: none"),
                    refused.getMessage());
            assertFalse(PostgresMigrationTest.tables(check).contains("events"), "the revision rolled back whole");
        }
    }

    @Test
    void theSqlScriptPrintsARevisionOutsideATransactionWithoutBeginAndCommit(@TempDir Path dir) throws Exception {
        java(dir, "d00000000001", "", "", TABLE, "op.dropTable(\"events\");");
        java(dir, "d00000000002", "d00000000001", "// Transaction: none\n",
                "op.createIndex(\"ix_events_kind\", \"events\", \"kind\").concurrently();",
                "op.dropIndex(\"ix_events_kind\").concurrently();");
        String sql = Retort.open(RetortConfig.builder().projectDir(dir)
                .url("jdbc:postgresql://127.0.0.1:1/app?user=postgres").build()).upgradeSql("head");
        String outside = sql.substring(sql.indexOf("SELECT pg_advisory_lock("));
        assertTrue(outside.startsWith("SELECT pg_advisory_lock(" + PostgresRevisionTransaction.LOCK_KEY + ");\n"
                + "SET lock_timeout = '5s';\n"), sql);
        String beforeIndex = outside.substring(0, outside.indexOf("CREATE INDEX CONCURRENTLY ix_events_kind ON events (kind);\n"));
        assertFalse(beforeIndex.contains("BEGIN"), "no transaction is open around the index: " + sql);
        assertTrue(outside.contains("CREATE INDEX CONCURRENTLY ix_events_kind ON events (kind);\nBEGIN;\n"), sql);
        assertTrue(outside.endsWith("COMMIT;\nRESET lock_timeout;\nSELECT pg_advisory_unlock("
                + PostgresRevisionTransaction.LOCK_KEY + ");\n"), sql);
    }

    private static void exec(Connection connection, String sql) throws Exception {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
