package dev.retort.verify.rehearsal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RehearsalTest {

    @Test
    void aCorrectHistoryPassesAndTheOriginalIsUntouched(@TempDir Path dir) throws Exception {
        RehearsalFixture p = new RehearsalFixture(dir);
        p.usersAndPostsWithRows();
        p.revision("000000000002", "000000000001", "add email to users",
                "op.addColumn(\"users\", column(\"email\", string(200))); op.createIndex(\"ix_users_email\", \"users\", \"email\");",
                "op.dropIndex(\"ix_users_email\"); op.dropColumn(\"users\", \"email\");");
        String hash = p.sha256();

        RehearsalReport report = p.retort.rehearse(false);

        assertFalse(report.failed(), report.toString());
        assertEquals(List.of("000000000001", "000000000002"), report.revisions().stream().map(RevisionResult::revision).toList());
        for (RevisionResult result : report.revisions()) {
            assertEquals(List.of("ok", "ok", "yes", "ok"), List.of(result.up(), result.down(), result.rowsKept(),
                    result.verdict()), result.toString());
        }
        assertEquals("not configured", report.models());
        assertTrue(report.database().startsWith("a copy of"), report.database());
        assertEquals(hash, p.sha256());
        assertEquals(List.of("000000000001"), p.retort.current());
    }

    @Test
    void aDowngradeThatDoesNotUndoTheUpgradeFails(@TempDir Path dir) throws Exception {
        RehearsalFixture p = new RehearsalFixture(dir);
        p.usersAndPostsWithRows();
        p.revision("000000000002", "000000000001", "add email to users",
                "op.addColumn(\"users\", column(\"email\", string(200))); op.createIndex(\"ix_users_email\", \"users\", \"email\");",
                "op.dropIndex(\"ix_users_email\");");
        String hash = p.sha256();

        RehearsalReport report = p.retort.rehearse(false);

        RevisionResult result = RehearsalFixture.result(report, "000000000002");
        assertEquals("FAIL", result.verdict());
        assertEquals("FAIL", result.down());
        assertTrue(result.problems().get(0).contains("the downgrade does not undo the upgrade: table users: column email is new"),
                result.problems().toString());
        assertTrue(report.failed());
        assertEquals("ok", RehearsalFixture.result(report, "000000000001").verdict(),
                "the column the bad downgrade left behind is not on the copy the earlier revision is tested on");
        assertEquals(hash, p.sha256());
    }

    @Test
    void rowsLostInAnotherTableAreFound(@TempDir Path dir) throws Exception {
        RehearsalFixture p = new RehearsalFixture(dir);
        p.usersAndPostsWithRows();
        p.revision("000000000002", "000000000001", "add email to users",
                "op.addColumn(\"users\", column(\"email\", string(200))); op.execute(\"DELETE FROM audit\");",
                "op.dropColumn(\"users\", \"email\");");

        RehearsalReport report = p.retort.rehearse(false);

        RevisionResult result = RehearsalFixture.result(report, "000000000002");
        assertEquals("NO (audit: 3 -> 0)", result.rowsKept());
        assertEquals("FAIL", result.verdict());
        assertEquals(3, p.count("audit"), "the original keeps its rows");
        assertEquals(List.of("000000000001"), p.retort.current());
    }

    @Test
    void aBrokenForeignKeyFailsItsRevisionAndSkipsTheNext(@TempDir Path dir) throws Exception {
        RehearsalFixture p = new RehearsalFixture(dir);
        p.usersAndPostsWithRows();
        p.revision("000000000002", "000000000001", "add a post of nobody",
                "op.execute(\"INSERT INTO posts (id, user_id) VALUES (99, 12345)\");",
                "op.execute(\"DELETE FROM posts WHERE id = 99\");");
        p.revision("000000000003", "000000000002", "add email to users",
                "op.addColumn(\"users\", column(\"email\", string(200)));", "op.dropColumn(\"users\", \"email\");");
        String hash = p.sha256();

        RehearsalReport report = p.retort.rehearse(false);

        RevisionResult broken = RehearsalFixture.result(report, "000000000002");
        assertEquals("FAIL", broken.up());
        assertTrue(broken.problems().get(0).contains("foreign key check failed"), broken.problems().toString());
        assertEquals("skipped", RehearsalFixture.result(report, "000000000003").verdict());
        assertEquals("ok", RehearsalFixture.result(report, "000000000001").verdict());
        assertEquals(hash, p.sha256());
    }

    @Test
    void appliedRevisionsGoDownAndUpOnTheirData(@TempDir Path dir) throws Exception {
        RehearsalFixture p = new RehearsalFixture(dir);
        p.usersAndPostsWithRows();
        p.revision("000000000002", "000000000001", "add email to users and clear the audit",
                "op.addColumn(\"users\", column(\"email\", string(200))); op.execute(\"DELETE FROM audit\");",
                "op.dropColumn(\"users\", \"email\");");
        p.retort.upgrade("head");
        p.sql("INSERT INTO audit VALUES (7), (8)");

        RehearsalReport report = p.retort.rehearse(false);

        RevisionResult result = RehearsalFixture.result(report, "000000000002");
        assertEquals("NO (audit: 2 -> 0)", result.rowsKept(), result.toString());
        assertEquals("ok", RehearsalFixture.result(report, "000000000001").verdict());
        assertEquals(2, p.count("audit"), "the original keeps its rows");
    }

    @Test
    void anEmptyDatabaseRunsEveryRevisionUpDownUp(@TempDir Path dir) throws Exception {
        RehearsalFixture p = new RehearsalFixture(dir);
        p.revision("000000000001", "", "create users",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"users\");");
        p.revision("000000000002", "000000000001", "add email to users",
                "op.addColumn(\"users\", column(\"email\", string(200)));", "op.dropColumn(\"users\", \"email\");");

        RehearsalReport report = p.retort.rehearse(true);

        assertFalse(report.failed(), report.toString());
        assertEquals("an empty database", report.database());
        assertFalse(Files.exists(p.database), "the configured database is not created");
    }

    @Test
    void theModelsHookRunsAtHead(@TempDir Path dir) throws Exception {
        RehearsalFixture p = new RehearsalFixture(dir);
        p.revision("000000000001", "", "create users",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"users\");");
        var config = p.retort.config();
        var withModels = new dev.retort.config.RetortConfig(config.projectDir(), config.scriptLocation(), config.url(),
                dir.resolve("models"), config.dialectSettings());

        RehearsalReport report = dev.retort.api.Retort.open(withModels).rehearse(true,
                db -> db.dialect().inspector().table(db.connection(), "users").isPresent() ? List.of() : List.of("no users"));
        RehearsalReport differs = dev.retort.api.Retort.open(withModels).rehearse(true, db -> List.of("table teams is missing"));

        assertEquals("ok", report.models());
        assertFalse(report.failed());
        assertEquals("1 difference: table teams is missing", differs.models());
        assertTrue(differs.failed());
    }

    @Test
    void anInMemorySqliteDatabaseCannotBeCopied(@TempDir Path dir) {
        var retort = dev.retort.api.Retort.open(dev.retort.config.RetortConfig.builder().projectDir(dir)
                .url("jdbc:sqlite::memory:").build());

        var e = assertThrows(dev.retort.error.RetortException.class, () -> retort.rehearse(false));
        assertTrue(e.getMessage().contains("is none of them"), e.getMessage());
    }
}
