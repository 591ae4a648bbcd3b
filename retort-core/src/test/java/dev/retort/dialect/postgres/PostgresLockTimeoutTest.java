package dev.retort.dialect.postgres;

import dev.retort.api.Retort;
import dev.retort.api.RunOptions;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import dev.retort.revision.Step;
import dev.retort.runtime.MigrationListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A revision that needs a table another session has locked waits {@code lock_timeout}, then runs again after a
 * pause, a bounded number of times: it fails in one line while the lock stays taken, and succeeds once it is given
 * back between two attempts.
 */
class PostgresLockTimeoutTest {
    private static final String ADD_COLUMN = "op.addColumn(\"events\", column(\"note\", TEXT));";

    private static Retort retort(Path dir, PostgresTestDatabase db) {
        return Retort.open(RetortConfig.builder().projectDir(dir).url(db.url())
                .dialectSettings("postgresql", new PostgresSettings("300ms", 3)).build());
    }

    private static void history(Path dir) throws Exception {
        PostgresOutsideTransactionTest.java(dir, "e00000000001", "", "",
                "op.createTable(\"events\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"events\");");
        PostgresOutsideTransactionTest.java(dir, "e00000000002", "e00000000001", "", ADD_COLUMN,
                "op.dropColumn(\"events\", \"note\");");
    }

    /** Holds ACCESS SHARE on events in an open transaction, as a long report query would. */
    private static Connection holdLock(PostgresTestDatabase db) throws Exception {
        Connection blocker = db.connect();
        blocker.setAutoCommit(false);
        try (Statement st = blocker.createStatement()) {
            st.execute("SELECT count(*) FROM events");
        }
        return blocker;
    }

    @Test
    void aLockHeldThroughEveryAttemptFailsInOneLineAfterTheRetries(@TempDir Path dir) throws Exception {
        history(dir);
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection check = db.connect()) {
            Retort retort = retort(dir, db);
            retort.upgrade("e00000000001");
            List<Integer> retries = new CopyOnWriteArrayList<>();
            try (Connection blocker = holdLock(db)) {
                RetortException failure = assertThrows(RetortException.class, () -> retort.upgrade("head",
                        RunOptions.DEFAULTS.withListener(listener(retries, () -> { }))));
                String message = failure.getMessage();
                assertFalse(message.contains("\n"), message);
                assertTrue(message.contains("lock timeout") && message.contains("3 attempts")
                        && message.contains("lock_timeout 300ms") && message.contains("pg_stat_activity"), message);
                blocker.rollback();
            }
            assertEquals(List.of(2, 3), retries, "the revision ran again twice, then the failure stood");
            assertEquals(List.of("e00000000001"), retort.current());
            assertEquals(List.of(), PostgresMigrationTest.rows(check, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'events' AND column_name = 'note'"));
        }
    }

    @Test
    void aLockGivenBackBetweenAttemptsLetsTheRevisionThrough(@TempDir Path dir) throws Exception {
        history(dir);
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase()) {
            Retort retort = retort(dir, db);
            retort.upgrade("e00000000001");
            List<Integer> retries = new CopyOnWriteArrayList<>();
            try (Connection blocker = holdLock(db)) {
                // The long query ends while Retort pauses after the first timeout.
                retort.upgrade("head", RunOptions.DEFAULTS.withListener(listener(retries, () -> {
                    try {
                        blocker.rollback();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            assertEquals(List.of(2), retries, "one retry");
            assertEquals(List.of("e00000000002"), retort.current());
        }
    }

    private static MigrationListener listener(List<Integer> retries, Runnable onRetry) {
        return new MigrationListener() {
            @Override
            public void stepRetrying(Step step, int attempt, int attempts, Duration pause) {
                retries.add(attempt);
                onRetry.run();
            }
        };
    }
}
