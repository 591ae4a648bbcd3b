package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The autogenerate workflow through the real jar: models in retort.toml, `revision --autogenerate`,
 * `upgrade head`, `check`; and the two ways autogenerate declines (nothing to do, database behind).
 */
class AutogenerateIT {
    private static final String WORKFLOW = """
            package app;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "workflows", indexes = @Index(name = "ix_workflows_owner", columnList = "owner"))
            public class Workflow {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100, unique = true) String name;
                @Column(length = 50) String owner;
            %s}
            """;
    private static final String NODE = """
            package app;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "workflow_nodes")
            public class WorkflowNode {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @ManyToOne(optional = false)
                @JoinColumn(name = "workflow_id", foreignKey = @ForeignKey(foreignKeyDefinition = "ON DELETE CASCADE"))
                Workflow workflow;
                @Column(nullable = false, length = 40) String kind;
            }
            """;

    @Test
    void checkWithoutModelsSaysWhatItComparedAndNothingMore(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.revision("aaaa00000001", "", "create items", "op.createTable(\"items\", column(\"id\", INTEGER).primaryKey());",
                "op.dropTable(\"items\");");
        p.ok("upgrade", "head");
        String out = p.ok("check").out();
        assertTrue(out.contains("Models: not configured"), out);
        assertTrue(out.contains("No differences: every applied revision matches its file"), out);
        assertTrue(!out.contains("matches the models"), "no claim about models that were not compared: " + out);
    }

    @Test
    void autogenerateUpgradeAndCheckWithJpaModels(@TempDir Path dir) throws IOException {
        Project p = Project.init(dir);
        useModels(p, "models");
        writeModel(p, "Workflow.java", WORKFLOW.formatted(""));
        writeModel(p, "WorkflowNode.java", NODE);

        var drift = p.fails(3, "check");
        assertTrue(drift.out().contains("Differs: create table workflows"), drift.toString());

        var first = p.ok("revision", "--autogenerate", "-m", "create workflows");
        assertTrue(first.out().contains("Detected create table workflows"), first.toString());
        assertTrue(first.out().contains("Detected create table workflow_nodes"), first.toString());
        assertTrue(first.out().contains("Detected create index ix_workflows_owner on workflows"), first.toString());
        assertEquals(1, p.files("create_workflows").size(), first.toString());
        p.ok("upgrade", "head");
        assertEquals(List.of("workflow_nodes", "workflows"), p.tables().stream().filter(t -> !t.startsWith("retort_")).toList());
        var clean = p.ok("check");
        assertTrue(clean.out().contains("No differences"), clean.toString());

        var none = p.ok("revision", "--autogenerate", "-m", "nothing to do");
        assertTrue(none.out().contains("No changes"), none.toString());
        assertEquals(List.of(), p.files("nothing_to_do"), "no revision is written when the models match");
        assertEquals(1, p.files(".java").size());

        insert(p, "INSERT INTO workflows (id, name, owner) VALUES (1, 'nightly', 'ops'), (2, 'weekly', 'ops')");
        insert(p, "INSERT INTO workflow_nodes (id, workflow_id, kind) VALUES (1, 1, 'start'), (2, 2, 'start')");

        writeModel(p, "Workflow.java", WORKFLOW.formatted(
                "    @Column(nullable = false, columnDefinition = \"INTEGER DEFAULT 3\") Integer retries;\n"));
        var changed = p.fails(3, "check");
        assertTrue(changed.out().contains("Differs: add column workflows.retries"), changed.toString());
        assertTrue(changed.err().contains("retort revision --autogenerate"), changed.toString());

        var second = p.ok("revision", "--autogenerate", "-m", "add retries");
        assertTrue(second.out().contains("Detected add column workflows.retries"), second.toString());
        assertEquals(1, p.files("add_retries").size());

        var behind = p.fails(1, "revision", "--autogenerate", "-m", "one more");
        assertTrue(behind.err().contains("not up to date") && behind.err().contains("retort upgrade"), behind.toString());
        assertEquals(List.of(), p.files("one_more"), "nothing is written while the database is behind the heads");

        p.ok("upgrade", "head");
        assertTrue(p.ok("check").out().contains("No differences"));
        assertEquals(List.of("1|nightly|3", "2|weekly|3"), p.query("SELECT id, name, retries FROM workflows ORDER BY id"));

        p.ok("downgrade", "-1");
        var ahead = p.fails(3, "check");
        assertTrue(ahead.out().contains("Differs: add column workflows.retries"), ahead.toString());
        assertEquals(List.of("1|nightly", "2|weekly"), p.query("SELECT id, name FROM workflows ORDER BY id"));
    }

    @Test
    void aSchemaSqlFileAsTheModels(@TempDir Path dir) throws IOException {
        Project p = Project.init(dir);
        useModels(p, "schema.sql");
        Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE accounts (
                    id INTEGER PRIMARY KEY,
                    email VARCHAR(200) NOT NULL UNIQUE,
                    plan VARCHAR(20) NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro'))
                );
                CREATE INDEX ix_accounts_plan ON accounts (plan) WHERE plan <> 'free';
                """);
        p.ok("revision", "--autogenerate", "-m", "accounts");
        p.ok("upgrade", "head");
        assertTrue(p.ok("check").out().contains("No differences"));

        Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE accounts (
                    id INTEGER PRIMARY KEY,
                    email VARCHAR(200) NOT NULL UNIQUE,
                    plan VARCHAR(20) NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro', 'team'))
                );
                CREATE INDEX ix_accounts_plan ON accounts (plan) WHERE plan <> 'free';
                """);
        var changed = p.fails(3, "check");
        assertTrue(changed.out().contains("Differs: drop check constraint on accounts (plan IN ('free', 'pro'))")
                && changed.out().contains("Differs: create check constraint on accounts (plan IN ('free', 'pro', 'team'))"),
                changed.toString());
        p.ok("revision", "--autogenerate", "-m", "team plan");
        p.ok("upgrade", "head");
        assertTrue(p.ok("check").out().contains("No differences"));
    }

    private static void useModels(Project p, String models) throws IOException {
        Path toml = p.dir().resolve("retort.toml");
        String text = Files.readString(toml);
        String edited = text.replaceFirst("# models = \"models\"", "models = \"" + models + "\"");
        assertTrue(!edited.equals(text), "retort init's template has the models line:\n" + text);
        Files.writeString(toml, edited);
    }

    private static void writeModel(Project p, String file, String source) throws IOException {
        Path path = p.dir().resolve("models/app").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, source);
    }

    private static void insert(Project p, String sql) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p.database());
             var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
