package dev.retort.dialect.mysql;

import dev.retort.api.Retort;
import dev.retort.dialect.RevisionFiles;
import dev.retort.error.RetortException;
import dev.retort.runtime.DirtyRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.dialect.mysql.MysqlMigrationTest.CREATE_USERS;
import static dev.retort.dialect.mysql.MysqlMigrationTest.log;
import static dev.retort.dialect.mysql.MysqlMigrationTest.retort;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MariaDB commits each DDL statement, so a revision whose second statement fails keeps its first: the run
 * leaves a dirty mark, current shows it, upgrade and downgrade refuse until a stamp says how it was repaired.
 */
class MysqlDirtyMarkTest {
    private static final String HALF_DONE = "op.createTable(\"half_done\", column(\"id\", INTEGER));"
            + " op.execute(\"ALTER TABLE nope ADD COLUMN x INT\");";
    private static final String ADVICE = "fix the schema by hand, then run `retort stamp 000000000002` if you finished"
            + " its upgrade, or `retort stamp 000000000001` if you undid what it changed";

    @Test
    void aRevisionThatFailsHalfWayIsMarkedDirtyUntilAStampClearsIt(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE_USERS, "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "half done", HALF_DONE, "op.dropTable(\"half_done\");");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db.url());
            RetortException failure = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertEquals("upgrade of revision 000000000002 (000000000002_half_done.java) failed: ", failure.getMessage()
                    .substring(0, failure.getMessage().indexOf("failed: ") + "failed: ".length()));
            assertTrue(failure.getMessage().contains("ALTER TABLE nope ADD COLUMN x INT"), failure.getMessage());
            assertTrue(failure.getMessage().endsWith("so revision 000000000002 is marked dirty: " + ADVICE),
                    failure.getMessage());
            assertEquals(List.of("half_done", "retort_log", "retort_version", "users"), tables(db),
                    "the first statement was committed and stays");
            assertEquals(List.of("000000000001"), retort.current());
            assertEquals(List.of("000000000001|up|ok", "000000000002|up|dirty"), log(db));

            List<DirtyRevision> dirty = retort.dirtyRevisions();
            assertEquals(1, dirty.size());
            String refusal = "revision 000000000002 is dirty: its upgrade failed half-way and left part of its changes"
                    + " (MySQL commits DDL as it goes); " + ADVICE;
            assertEquals(refusal, dirty.get(0).refusal());
            assertEquals(refusal, assertThrows(RetortException.class, () -> retort.upgrade("head")).getMessage());
            assertEquals(refusal, assertThrows(RetortException.class, () -> retort.downgrade("base")).getMessage());
            assertEquals(List.of("000000000001|up|ok", "000000000002|up|dirty"), log(db), "the refusals ran nothing");

            // The repair: undo what the revision left, and say so.
            db.exec("DROP TABLE half_done");
            assertEquals(List.of("000000000001"), retort.stamp("000000000001", false));
            assertEquals(List.of(), retort.dirtyRevisions());
            assertEquals(List.of("000000000001|up|ok", "000000000002|up|resolved", "000000000001|stamp|ok"), log(db));
            assertEquals(List.of(), retort.downgrade("base").current(), "a stamp lets runs go on");
        }
    }

    @Test
    void aDowngradeThatFailsHalfWayNamesTheStampsTheOtherWayRound(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir).java("000000000001", "", "create users", CREATE_USERS,
                "op.dropTable(\"users\"); op.execute(\"DROP TABLE nope\");");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db.url());
            retort.upgrade("head");
            RetortException failure = assertThrows(RetortException.class, () -> retort.downgrade("base"));
            assertTrue(failure.getMessage().endsWith("then run `retort stamp base` if you finished its downgrade, or"
                    + " `retort stamp 000000000001` if you undid what it changed"), failure.getMessage());
            assertEquals(List.of("000000000001"), retort.current(), "the version row stays: the step did not finish");
            assertEquals(List.of("000000000001|up|ok", "000000000001|down|dirty"), log(db));
            assertEquals(List.of(), retort.stamp("base", false));
            assertEquals(List.of(), retort.dirtyRevisions());
        }
    }

    @Test
    void aRevisionWhoseFirstStatementFailsLeftNothingAndIsNotMarked(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir).java("000000000001", "", "broken", "op.execute(\"ALTER TABLE nope ADD COLUMN x INT\");"
                + " op.createTable(\"never\", column(\"id\", INTEGER));", "op.dropTable(\"never\");");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db.url());
            RetortException failure = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertTrue(!failure.getMessage().contains("dirty"), failure.getMessage());
            assertEquals(List.of(), retort.dirtyRevisions());
            assertEquals(List.of(), log(db));
            assertEquals(List.of("retort_log", "retort_version"), tables(db));
        }
    }

    @Test
    void anOperationRefusedBeforeAnythingRanIsNotMarked(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE_USERS, "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "index lower name",
                        "op.createIndex(\"ix_users_lower_name\", \"users\", \"lower(name)\");",
                        "op.dropIndex(\"ix_users_lower_name\", \"users\");");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db.url());
            RetortException refused = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertTrue(refused.getMessage().contains("is on the expression lower(name)")
                    && !refused.getMessage().contains("dirty"), refused.getMessage());
            assertEquals(List.of(), retort.dirtyRevisions());
            assertEquals(List.of("000000000001"), retort.current());
        }
    }

    @Test
    void sqlTheRevisionRanOnTheConnectionItselfCountsAsAChange(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir).java("000000000001", "", "raw table",
                "try (var st = op.connection().createStatement()) { st.execute(\"CREATE TABLE raw_t (id INT)\"); }"
                        + " catch (java.sql.SQLException e) { throw new IllegalStateException(e); }"
                        + " if (true) { throw new IllegalStateException(\"stopped after raw_t\"); }",
                "op.dropTable(\"raw_t\");");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db.url());
            RetortException failure = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertTrue(failure.getMessage().contains("stopped after raw_t")
                    && failure.getMessage().contains("revision 000000000001 is marked dirty"), failure.getMessage());
            assertEquals(List.of("raw_t", "retort_log", "retort_version"), tables(db));
            assertEquals(List.of("000000000001|up|dirty"), log(db));
        }
    }

    private static List<String> tables(MariadbTestServer db) {
        return db.rows("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME");
    }
}
