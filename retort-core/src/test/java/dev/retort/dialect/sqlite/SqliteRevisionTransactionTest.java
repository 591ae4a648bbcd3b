package dev.retort.dialect.sqlite;

import dev.retort.dialect.CommitGroup;
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

    @Test
    void revisionsInACommitGroupCommitTogetherAndAFailedOneRollsBackAlone() throws Exception {
        SqliteRevisionTransaction tx = new SqliteRevisionTransaction(new SqliteSettings(true), Long.MAX_VALUE);
        String url = "jdbc:sqlite:" + dir.resolve("group.sqlite3");
        try (Connection first = DriverManager.getConnection(url); Connection reader = DriverManager.getConnection(url)) {
            JdbcSession a = new JdbcSession(first);
            a.execute("PRAGMA foreign_keys=ON");
            a.execute("CREATE TABLE v (n INTEGER)");
            try (CommitGroup group = tx.commitGroup(a)) {
                for (int n = 1; n <= 2; n++) {
                    tx.begin(a);
                    a.execute("INSERT INTO v VALUES (" + n + ")");
                    tx.commit(a);
                }
                assertEquals(0, SqliteTestDb.count(reader, "SELECT count(*) FROM v"), "the two wait for one commit");
                assertEquals(0, SqliteTestDb.count(first, "PRAGMA foreign_keys"), "off while the transaction lasts");
                tx.begin(a);
                a.execute("INSERT INTO v VALUES (3)");
                tx.rollback(a);
                assertEquals(2, SqliteTestDb.count(reader, "SELECT count(*) FROM v"),
                        "the failed third is undone alone, and the two before it are committed at once");
                assertEquals(1, SqliteTestDb.count(first, "PRAGMA foreign_keys"));
                tx.begin(a);
                a.execute("INSERT INTO v VALUES (4)");
                tx.commit(a);
                assertEquals(2, SqliteTestDb.count(reader, "SELECT count(*) FROM v"));
            }
            assertEquals(3, SqliteTestDb.count(reader, "SELECT count(*) FROM v"), "closing the group commits the rest");
            assertEquals(1, SqliteTestDb.count(first, "PRAGMA foreign_keys"));
        }
    }

    @Test
    void aCommitGroupCommitsOnceItsTimeIsUpAndBeforeARevisionOutsideATransaction() throws Exception {
        SqliteRevisionTransaction tx = new SqliteRevisionTransaction(new SqliteSettings(true), 0);
        String url = "jdbc:sqlite:" + dir.resolve("window.sqlite3");
        try (Connection first = DriverManager.getConnection(url); Connection reader = DriverManager.getConnection(url)) {
            JdbcSession a = new JdbcSession(first);
            a.execute("CREATE TABLE v (n INTEGER)");
            try (CommitGroup group = tx.commitGroup(a)) {
                tx.begin(a);
                a.execute("INSERT INTO v VALUES (1)");
                tx.commit(a);
                assertEquals(1, SqliteTestDb.count(reader, "SELECT count(*) FROM v"), "no time left: committed at once");
            }
        }
        SqliteRevisionTransaction waiting = new SqliteRevisionTransaction(new SqliteSettings(true), Long.MAX_VALUE);
        try (Connection first = DriverManager.getConnection(url); Connection reader = DriverManager.getConnection(url)) {
            JdbcSession a = new JdbcSession(first);
            try (CommitGroup group = waiting.commitGroup(a)) {
                waiting.begin(a);
                a.execute("INSERT INTO v VALUES (2)");
                waiting.commit(a);
                waiting.lockSession(a);
                assertEquals(2, SqliteTestDb.count(reader, "SELECT count(*) FROM v"),
                        "a revision outside a transaction finds the one before it committed");
                a.execute("INSERT INTO v VALUES (3)");
                assertEquals(3, SqliteTestDb.count(reader, "SELECT count(*) FROM v"), "and its statements commit alone");
                waiting.unlockSession(a);
            }
        }
    }
}
