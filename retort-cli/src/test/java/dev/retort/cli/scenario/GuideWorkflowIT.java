package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays the command blocks of the migrations guide (seed/migrations-guide.md) with {@code retort} in
 * place of {@code alembic}, in order, on one SQLite project, checking output and database after each.
 */
class GuideWorkflowIT {

    @Test
    void theGuideWorkflowRunsCommandByCommand(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        // Two people branched off the same revision: the situation the guide warns about.
        p.revision("a1a1a1a1a1a1", "", "create workflows",
                "op.createTable(\"workflows\", column(\"id\", INTEGER).primaryKey(), column(\"name\", string(100)).notNull());",
                "op.dropTable(\"workflows\");");
        p.revision("b2b2b2b2b2b2", "a1a1a1a1a1a1", "create execution_logs",
                "op.createTable(\"execution_logs\", column(\"id\", INTEGER).primaryKey(), "
                        + "column(\"workflow_id\", INTEGER).references(\"workflows\", \"id\", FkAction.CASCADE));",
                "op.dropTable(\"execution_logs\");");
        p.revision("c3c3c3c3c3c3", "a1a1a1a1a1a1", "create component_configs",
                "op.createTable(\"component_configs\", column(\"id\", INTEGER).primaryKey(), column(\"setting\", TEXT));",
                "op.dropTable(\"component_configs\");");

        // --- Before You Start
        var heads = p.ok("heads");
        assertEquals(List.of("b2b2b2b2b2b2 (head)", "c3c3c3c3c3c3 (head)"), heads.out().lines().sorted().toList());
        var current = p.ok("current");
        assertEquals("", current.out(), "nothing is applied yet");
        assertTrue(current.err().contains("no revision applied yet"), current.err());
        var history = p.ok("history", "--verbose", "-n", "5");
        for (String id : List.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3")) {
            assertTrue(history.out().contains("Rev: " + id), history.out());
        }
        assertTrue(history.out().contains("Path: migrations/versions/a1a1a1a1a1a1_create_workflows.java"), history.out());
        assertFalse(Files.exists(p.database()), "read-only verbs must not create the database");

        // --- Resolving Conflicting Heads
        var merge = p.ok("merge", "heads", "-m", "merge conflicting heads");
        assertTrue(merge.out().matches("(?s)Generating migrations/versions/[0-9a-f]{12}_merge_conflicting_heads\\.java \\.\\.\\. done\\s*"),
                merge.out());
        String mergeId = p.files("merge_conflicting_heads").get(0).getFileName().toString().substring(0, 12);
        assertEquals(mergeId + " (head) (mergepoint)", p.ok("heads").out().strip());
        var upgrade = p.ok("upgrade", "head");
        assertTrue(upgrade.out().contains("Running upgrade <base> -> a1a1a1a1a1a1, create workflows"), upgrade.out());
        assertFalse(upgrade.out().contains("Backup:"), "the upgrade created the database: nothing to back up yet");
        assertEquals(List.of(mergeId), p.versionRows());
        assertEquals(List.of("component_configs", "execution_logs", "retort_log", "retort_version", "workflows"), p.tables());
        seed(p);

        // --- Creating a Migration
        assertEquals(1, p.ok("heads").out().lines().count());
        var revision = p.ok("revision", "-m", "describe your change");
        Path created = p.files("describe_your_change").get(0);
        assertTrue(revision.out().contains(created.getFileName().toString()), revision.out());
        String source = Files.readString(created);
        assertTrue(source.contains("// Revises: " + mergeId), source);
        assertTrue(source.contains("// Message: describe your change"), source);
        p.fillIn(created, "op.addColumn(\"execution_logs\", column(\"token_count\", INTEGER));",
                "op.dropColumn(\"execution_logs\", \"token_count\");");
        String describeId = created.getFileName().toString().substring(0, 12);
        p.ok("upgrade", "head");
        assertEquals(List.of(describeId), p.versionRows());
        assertEquals(List.of("1|1|null", "2|1|null"), p.query("SELECT id, workflow_id, token_count FROM execution_logs ORDER BY id"));

        // --- Common Migration Commands
        var again = p.ok("upgrade", "head");
        assertTrue(again.out().contains("Nothing to upgrade"), again.out());
        var down = p.ok("downgrade", "-1");
        assertTrue(down.out().contains("Backup: db.sqlite3.retort-backup-"), down.out());
        assertEquals(List.of(mergeId), p.versionRows());
        assertEquals(List.of("1|1", "2|1"), p.query("SELECT id, workflow_id FROM execution_logs ORDER BY id"));
        assertFalse(p.query("SELECT name FROM pragma_table_info('execution_logs')").contains("token_count"));
        p.ok("downgrade", "a1a1a1");
        assertEquals(List.of("a1a1a1a1a1a1"), p.versionRows());
        assertEquals(List.of("retort_log", "retort_version", "workflows"), p.tables());
        assertEquals(List.of("1|first"), p.query("SELECT id, name FROM workflows"), "the workflow rows survive the downgrade");
        assertEquals("a1a1a1a1a1a1 (branchpoint)", p.ok("current").out().strip());
        var full = p.ok("history", "--verbose");
        assertEquals(5, full.out().lines().filter(l -> l.startsWith("Rev: ")).count(), full.out());
        byte[] before = Files.readAllBytes(p.database());
        var sql = p.ok("upgrade", "head", "--sql");
        assertTrue(sql.out().contains("CREATE TABLE workflows"), sql.out());
        assertTrue(sql.out().contains("INSERT INTO retort_version (version_num) VALUES ('a1a1a1a1a1a1');"), sql.out());
        assertTrue(sql.out().contains("ALTER TABLE execution_logs ADD COLUMN token_count INTEGER;"), sql.out());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(p.database())), "--sql must not touch the database");
        p.ok("revision", "-m", "manual migration description");
        assertEquals(1, p.files("manual_migration_description").size());

        // --- Testing Migrations: Against an Empty Database
        Files.delete(p.database());
        var fresh = p.ok("upgrade", "head");
        assertEquals(6, fresh.out().lines().filter(l -> l.startsWith("Running upgrade")).count(), fresh.out());
        assertEquals(List.of("component_configs", "execution_logs", "retort_log", "retort_version", "workflows"), p.tables());
    }

    private static void seed(Project p) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p.database());
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO workflows (id, name) VALUES (1, 'first')");
            statement.execute("INSERT INTO execution_logs (id, workflow_id) VALUES (1, 1), (2, 1)");
        }
    }
}
