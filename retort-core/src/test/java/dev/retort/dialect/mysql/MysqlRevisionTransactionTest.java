package dev.retort.dialect.mysql;

import dev.retort.dialect.JdbcSession;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A revision's transaction on MariaDB: the migration lock between runners, and what COMMIT and ROLLBACK cover. */
class MysqlRevisionTransactionTest {
    private MariadbTestServer db;
    private Connection other;

    @BeforeEach
    void open() throws Exception {
        db = MariadbTestServer.create();
        db.exec("CREATE TABLE notes (id INT PRIMARY KEY)");
        other = db.connect();
    }

    @AfterEach
    void close() throws Exception {
        if (other != null) {
            other.close();
        }
        if (db != null) { // null when the server was unreachable and the test was skipped
            db.close();
        }
    }

    private List<String> ids() {
        return db.rows("SELECT id FROM notes ORDER BY id");
    }

    @Test
    void commitKeepsTheDmlAndReleasesTheLock() throws Exception {
        MysqlRevisionTransaction transaction = new MysqlRevisionTransaction(5);
        transaction.begin(db.session);
        assertTrue(transaction.isActive(db.connection));
        assertFalse(db.connection.getAutoCommit(), "the revision's DML waits for COMMIT");
        db.exec("INSERT INTO notes VALUES (1)");
        assertEquals(List.of(), new MariadbRows(other).of("SELECT id FROM notes"), "not visible before COMMIT");
        transaction.commit(db.session);

        assertEquals(List.of("1"), new MariadbRows(other).of("SELECT id FROM notes"));
        assertTrue(db.connection.getAutoCommit(), "autocommit restored");
        assertFalse(transaction.isActive(db.connection));
        assertEquals(List.of("1"), new MariadbRows(other).of("SELECT IS_FREE_LOCK('retort." + db.database + "')"));
    }

    @Test
    void rollbackUndoesOnlyTheDmlSinceTheLastDdl() {
        MysqlRevisionTransaction transaction = new MysqlRevisionTransaction(5);
        transaction.begin(db.session);
        db.exec("INSERT INTO notes VALUES (1)",
                "CREATE TABLE more_notes (id INT)",   // commits implicitly, row 1 with it
                "INSERT INTO notes VALUES (2)");
        transaction.rollback(db.session);
        assertEquals(List.of("1"), ids());
        assertEquals(1, db.rows("SHOW TABLES LIKE 'more_notes'").size(), "DDL does not roll back on MySQL");
    }

    @Test
    void aSecondRunnerWaitsForTheLockAndGivesUpWithAReason() throws Exception {
        MysqlRevisionTransaction first = new MysqlRevisionTransaction(5);
        JdbcSession otherSession = new JdbcSession(other);
        first.begin(otherSession);

        MysqlRevisionTransaction impatient = new MysqlRevisionTransaction(1);
        RetortException e = assertThrows(RetortException.class, () -> impatient.begin(db.session));
        assertEquals("could not take the migration lock 'retort." + db.database + "' within 1 s: another Retort run is"
                + " migrating this database; try again when it is done", e.getMessage());
        assertFalse(impatient.isActive(db.connection));

        MysqlRevisionTransaction patient = new MysqlRevisionTransaction(30);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> patient.begin(db.session));
        Thread.sleep(300);
        assertFalse(waiting.isDone(), "the second runner waits while the first holds the lock");
        first.commit(otherSession);
        waiting.get(10, TimeUnit.SECONDS);
        assertTrue(patient.isActive(db.connection));
        patient.commit(db.session);
    }

    @Test
    void aRevisionRunsInStrictModeSoAlteringAColumnCannotTruncateValues() {
        // In this mode alone, MariaDB shortens 'Bartholomew' to 'Bart' with only a warning.
        db.exec("SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'",
                "CREATE TABLE names (id INT PRIMARY KEY, name VARCHAR(20))",
                "INSERT INTO names VALUES (1, 'Bartholomew')");
        MysqlRevisionTransaction transaction = new MysqlRevisionTransaction(5);
        transaction.begin(db.session);
        assertEquals(java.util.Set.of("NO_ENGINE_SUBSTITUTION", "STRICT_ALL_TABLES"),
                java.util.Set.of(db.rows("SELECT @@SESSION.sql_mode").get(0).split(",")), "strict mode added, the rest kept");
        MysqlDialect dialect = new MysqlDialect();
        RetortException e = assertThrows(RetortException.class, () -> dialect.apply(List.of(new dev.retort.ops.AlterColumn(
                "names", "name", dev.retort.ops.ColumnChange.change().type(dev.retort.schema.Types.string(4)), null)), db.session));
        assertTrue(e.getMessage().contains("Data truncated for column 'name'"), e.getMessage());
        transaction.rollback(db.session);

        assertEquals(List.of("1|Bartholomew"), db.rows("SELECT id, name FROM names"));
        assertEquals(List.of("NO_ENGINE_SUBSTITUTION"), db.rows("SELECT @@SESSION.sql_mode"), "the session's mode is restored");
    }

    /** Rows of a query on a connection other than the fixture's. */
    private record MariadbRows(Connection connection) {
        List<String> of(String sql) throws Exception {
            try (var st = connection.createStatement(); var rs = st.executeQuery(sql)) {
                List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                return rows;
            }
        }
    }
}
