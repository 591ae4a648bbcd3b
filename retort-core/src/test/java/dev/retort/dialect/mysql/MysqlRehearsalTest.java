package dev.retort.dialect.mysql;

import dev.retort.api.Retort;
import dev.retort.dialect.RevisionFiles;
import dev.retort.verify.rehearsal.RehearsalReport;
import dev.retort.verify.rehearsal.RevisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.dialect.mysql.MysqlMigrationTest.retort;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code retort test} on MariaDB: every revision up, down and up again on copies made table by table on the
 * same server (rows, a foreign key to a table created after it, a generated column); the original is only
 * read (its CHECKSUM TABLE is the same after), and the copies are dropped afterwards.
 */
class MysqlRehearsalTest {
    private static final String CREATE_USERS = "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey(),"
            + " column(\"name\", string(50)).notNull());"
            + " op.execute(\"INSERT INTO users VALUES (0, 'root'), (1, 'ada'), (2, 'alan')\");";
    private static final String ADD_EMAIL = "op.addColumn(\"users\", column(\"email\", string(200)));";
    private static final String DROP_EMAIL = "op.dropColumn(\"users\", \"email\");";

    @Test
    void aCorrectHistoryPassesOnACopyAndTheOriginalStaysAsItWas(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE_USERS, "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "add email", ADD_EMAIL, DROP_EMAIL)
                .java("000000000003", "000000000002", "add nickname", "op.addColumn(\"users\", column(\"nick\", TEXT));",
                        "op.dropColumn(\"users\", \"nick\");");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db.url());
            retort.upgrade("000000000001");
            withAudit(db);
            Original before = Original.of(db);

            RehearsalReport report = retort.rehearse(false);

            assertTrue(report.database().startsWith("a copy of jdbc:mariadb:"), report.database());
            assertEquals(List.of("ok", "ok", "ok"), verdicts(report), report.toString());
            assertEquals(List.of("yes", "yes", "yes"), report.revisions().stream().map(RevisionResult::rowsKept).toList(),
                    report.toString());
            assertEquals(List.of("000000000001"), retort.current(), "the original is only read");
            assertEquals(before, Original.of(db));
        }
    }

    @Test
    void aDowngradeThatDoesNotUndoItsUpgradeIsFound(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE_USERS, "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "add email", ADD_EMAIL, "");
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db.url());
            retort.upgrade("000000000001");
            Original before = Original.of(db);

            RehearsalReport report = retort.rehearse(false);

            RevisionResult result = report.revisions().get(1);
            assertEquals("FAIL", result.verdict(), report.toString());
            assertTrue(result.problems().get(0).contains("the downgrade does not undo the upgrade: table users: column email is new"),
                    result.problems().toString());
            assertEquals("ok", report.revisions().get(0).verdict(),
                    "the column the bad downgrade left behind is not on the second copy: " + report);
            assertEquals(before, Original.of(db));
        }
    }

    @Test
    void rowsLostInAnUnrelatedTableAreFound(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE_USERS, "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "add email", ADD_EMAIL + " op.execute(\"DELETE FROM audit\");",
                        DROP_EMAIL);
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db.url());
            retort.upgrade("000000000001");
            withAudit(db);
            Original before = Original.of(db);

            RehearsalReport report = retort.rehearse(false);

            RevisionResult result = report.revisions().get(1);
            assertEquals("NO (audit: 3 -> 0)", result.rowsKept(), report.toString());
            assertEquals("FAIL", result.verdict());
            assertEquals(List.of("3"), db.rows("SELECT count(*) FROM audit"), "the original keeps its rows");
            assertEquals(before, Original.of(db));
        }
    }

    @Test
    void anEmptyDatabaseRunsEveryRevisionUpDownUp(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE_USERS, "op.dropTable(\"users\");")
                .java("000000000002", "000000000001", "add email", ADD_EMAIL, DROP_EMAIL);
        try (MariadbTestServer db = MariadbTestServer.create()) {
            Retort retort = retort(dir, db.url());
            Original before = Original.of(db);

            RehearsalReport report = retort.rehearse(true);

            assertEquals("an empty database", report.database());
            assertEquals(List.of("ok", "ok"), verdicts(report), report.toString());
            assertEquals(before, Original.of(db), "the configured database stays empty");
        }
    }

    /**
     * Tables no revision knows: audit, created before the accounts its foreign key names (so the copy must
     * create them with the checks off), with a generated column and rows.
     */
    private static void withAudit(MariadbTestServer db) {
        db.exec("SET FOREIGN_KEY_CHECKS = 0",
                "CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, account_id INT NOT NULL,"
                        + " note VARCHAR(50) NOT NULL, shout VARCHAR(50) AS (UPPER(note)) VIRTUAL,"
                        + " FOREIGN KEY (account_id) REFERENCES zaccounts (id))",
                "CREATE TABLE zaccounts (id INT PRIMARY KEY)",
                "SET FOREIGN_KEY_CHECKS = 1",
                "INSERT INTO zaccounts VALUES (1), (2)",
                "INSERT INTO audit (account_id, note) VALUES (1, 'created'), (2, 'created'), (1, 'renamed')");
    }

    private static List<String> verdicts(RehearsalReport report) {
        return report.revisions().stream().map(RevisionResult::verdict).toList();
    }

    /** What must not change: each table's CHECKSUM TABLE, and which rehearsal databases the server holds. */
    private record Original(List<String> checksums, List<String> rehearsalDatabases) {
        static Original of(MariadbTestServer db) {
            List<String> checksums = new ArrayList<>();
            for (String table : db.rows("SELECT TABLE_NAME FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")) {
                checksums.addAll(db.rows("CHECKSUM TABLE `" + table + "` EXTENDED"));
            }
            return new Original(checksums, db.rows("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"
                    + " WHERE SCHEMA_NAME LIKE 'retort\\_rehearsal\\_%' ORDER BY 1"));
        }
    }
}
