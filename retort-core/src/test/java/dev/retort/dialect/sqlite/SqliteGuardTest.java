package dev.retort.dialect.sqlite;

import dev.retort.dialect.JdbcSession;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Operation;
import dev.retort.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The data-survival guard stops a rebuild that loses rows, wherever they go, and the rolled-back
 * revision leaves the database exactly as it was.
 */
class SqliteGuardTest {
    @TempDir
    Path dir;

    private final SqliteDialect dialect = new SqliteDialect(new SqliteSettings(true));

    /** A real session that runs one extra statement right after the first statement starting with {@code after}. */
    static final class SessionWithExtra extends JdbcSession {
        private final String after;
        private final String extra;
        private boolean done;

        SessionWithExtra(Connection connection, String after, String extra) {
            super(connection);
            this.after = after;
            this.extra = extra;
        }

        @Override
        public void execute(String sql) {
            super.execute(sql);
            if (!done && sql.startsWith(after)) {
                done = true;
                super.execute(extra);
            }
        }
    }

    private final List<Operation> retypeAmount = List.of(
            new AlterColumn("parent", "amount", change().type(TEXT), column("amount", INTEGER)));

    private RetortException applyAndExpectFailure(SqlSession session) {
        dialect.revisionTransaction().begin(session);
        RetortException failure = assertThrows(RetortException.class, () -> {
            dialect.apply(retypeAmount, session);
            dialect.revisionTransaction().commit(session);
        });
        dialect.revisionTransaction().rollback(session);
        return failure;
    }

    @Test
    void aTriggerOnTheTemporaryTableThatEatsRowsIsCaught() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            SqliteRebuildTest.createFamily(db, 10_000);
            Schema schemaBefore = dialect.inspector().inspect(db.connection);
            List<String> rowsBefore = db.rows("SELECT * FROM parent ORDER BY id");
            byte[] fileBefore = java.nio.file.Files.readAllBytes(dir.resolve("test.sqlite3"));
            // The temporary table's name is documented (_retort_new_<table>), so a trigger can be put on it.
            SqlSession session = new SessionWithExtra(db.connection, "CREATE TABLE _retort_new_parent",
                    "CREATE TRIGGER eat AFTER INSERT ON _retort_new_parent WHEN new.id % 10 = 0"
                            + " BEGIN DELETE FROM _retort_new_parent WHERE id = new.id; END");

            RetortException failure = applyAndExpectFailure(session);

            assertEquals("data-survival guard: table parent had 10000 rows before rebuilding parent and 9000 after;"
                    + " the revision was rolled back", failure.getMessage());
            assertEquals(schemaBefore, dialect.inspector().inspect(db.connection));
            assertEquals(rowsBefore, db.rows("SELECT * FROM parent ORDER BY id"));
            assertEquals(1, db.count("PRAGMA foreign_keys"));
            org.junit.jupiter.api.Assertions.assertArrayEquals(fileBefore,
                    java.nio.file.Files.readAllBytes(dir.resolve("test.sqlite3")), "the file is byte-for-byte as before");
        }
    }

    @Test
    void rowsLostInAReferencingTableAreCaught() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            SqliteRebuildTest.createFamily(db, 10_000);
            List<String> grandchildBefore = db.rows("SELECT * FROM grandchild ORDER BY id");
            SqlSession session = new SessionWithExtra(db.connection, "DROP TABLE parent",
                    "DELETE FROM grandchild WHERE id > 9000");

            RetortException failure = applyAndExpectFailure(session);

            assertEquals("data-survival guard: table grandchild had 10000 rows before rebuilding parent and 9000 after;"
                    + " the revision was rolled back", failure.getMessage());
            assertEquals(grandchildBefore, db.rows("SELECT * FROM grandchild ORDER BY id"));
        }
    }

    @Test
    void danglingReferencesLeftByARevisionStopTheCommit() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            SqliteRebuildTest.createFamily(db, 100);
            // A dangling row that was there before: tolerated, it is not this revision's doing.
            db.exec("PRAGMA foreign_keys=OFF", "INSERT INTO child VALUES (1000, 5000, 'orphan')", "PRAGMA foreign_keys=ON");
            dialect.revisionTransaction().begin(db.session);
            dialect.apply(List.of(new dev.retort.ops.Execute("DELETE FROM parent WHERE id <= 3", null)), db.session);
            RetortException failure = assertThrows(RetortException.class, () -> dialect.revisionTransaction().commit(db.session));
            dialect.revisionTransaction().rollback(db.session);
            assertEquals("foreign key check failed: table child has 3 new rows referencing missing parent rows"
                    + " (PRAGMA foreign_key_check(child)); the revision was not committed", failure.getMessage());
            assertEquals(100, db.count("SELECT count(*) FROM parent"));
            assertEquals(101, db.count("SELECT count(*) FROM child"));
            assertEquals(1, db.count("PRAGMA foreign_keys"));
        }
    }

    @Test
    void withoutTheRevisionTransactionARebuildOfAReferencedTableIsRefused() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            SqliteRebuildTest.createFamily(db, 100);
            RetortException failure = assertThrows(RetortException.class, () -> dialect.apply(retypeAmount, db.session));
            assertEquals(true, failure.getMessage().startsWith("foreign keys are enforced while rebuilding parent"));
            assertEquals(100, db.count("SELECT count(*) FROM child"));
            assertEquals("INTEGER", dialect.inspector().table(db.connection, "parent").orElseThrow()
                    .column("amount").orElseThrow().type().toString());
        }
    }
}
