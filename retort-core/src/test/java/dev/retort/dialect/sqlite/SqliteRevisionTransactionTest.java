package dev.retort.dialect.sqlite;

import dev.retort.dialect.JdbcSession;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteRevisionTransactionTest {
    @TempDir
    Path dir;

    @Test
    void foreignKeysAreOffInsideAndRestoredAfterCommitAndRollback() throws Exception {
        SqliteRevisionTransaction tx = new SqliteRevisionTransaction(new SqliteSettings(true));
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            tx.begin(db.session);
            assertTrue(tx.isActive(db.connection));
            assertEquals(0, db.count("PRAGMA foreign_keys"));
            tx.commit(db.session);
            assertEquals(1, db.count("PRAGMA foreign_keys"));
            assertFalse(tx.isActive(db.connection));

            tx.begin(db.session);
            db.exec("CREATE TABLE t (a)");
            tx.rollback(db.session);
            assertEquals(1, db.count("PRAGMA foreign_keys"));
            assertEquals(0, db.count("SELECT count(*) FROM sqlite_master WHERE name = 't'"));
        }
    }

    @Test
    void refusesToBeginInsideAnOpenTransaction() throws Exception {
        SqliteRevisionTransaction tx = new SqliteRevisionTransaction(new SqliteSettings(true));
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("BEGIN");
            RetortException e = assertThrows(RetortException.class, () -> tx.begin(db.session));
            assertTrue(e.getMessage().startsWith("could not switch foreign keys off: a transaction is already open"));
            db.exec("ROLLBACK");
        }
    }

    @Test
    void aSecondRunnerWaitsForTheWriteLock() throws Exception {
        SqliteRevisionTransaction tx = new SqliteRevisionTransaction(new SqliteSettings(true));
        String url = "jdbc:sqlite:" + dir.resolve("lock.sqlite3");
        try (Connection first = DriverManager.getConnection(url); Connection second = DriverManager.getConnection(url)) {
            JdbcSession a = new JdbcSession(first);
            JdbcSession b = new JdbcSession(second);
            a.execute("CREATE TABLE v (n INTEGER)");
            tx.begin(a);
            a.execute("INSERT INTO v VALUES (1)");
            CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> {
                tx.begin(b);
                long seen = SqliteTestDb.count(second, "SELECT count(*) FROM v");
                tx.commit(b);
                return seen;
            });
            Thread.sleep(500);
            assertFalse(waiting.isDone(), "the second runner is blocked while the first holds the lock");
            tx.commit(a);
            assertEquals(1L, waiting.get(10, TimeUnit.SECONDS), "and then sees what the first committed");
        }
    }
}
