package dev.retort.autogen;

import dev.retort.dialect.JdbcSession;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.revision.Revision;
import dev.retort.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole autogenerate path on a real SQLite file: JPA models, diff against the inspected database,
 * rendered revision compiled and run, and the database read back until the models match it.
 */
class AutogenRoundTripTest {
    @TempDir
    Path dir;

    private final SqliteDialect dialect = new SqliteDialect();
    private final SchemaDiff diff = new SchemaDiff();

    @Test
    void generatedRevisionsBringTheDatabaseToTheModelsAndBack() throws Exception {
        Path models = dir.resolve("models");
        JpaModelSourceTest.writePlatform(models);
        Path revisions = Files.createDirectories(dir.resolve("versions"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db.sqlite3"))) {
            JdbcSession session = new JdbcSession(connection);
            Schema v1 = new JpaModelSource(models).load();

            DiffResult first = diff.compare(inspect(connection), v1);
            assertFalse(first.isEmpty());
            RenderedRevision initial = RenderedRevision.of(revisions, revision("a00000000001", "platform tables"), first);
            dialect.apply(initial.upgrade(), session);
            assertMatches(connection, v1);

            dialect.apply(initial.downgrade(), session);
            assertEquals(List.of(), inspect(connection).tables());
            dialect.apply(initial.upgrade(), session);
            assertMatches(connection, v1);

            JpaModelSourceTest.write(models, "platform/ExecutionLog.java", """
                    package platform;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "execution_logs", indexes = @Index(name = "ix_logs_node", columnList = "node_id"))
                    public class ExecutionLog {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @ManyToOne(optional = false)
                        @JoinColumn(name = "node_id", foreignKey = @ForeignKey(foreignKeyDefinition = "ON DELETE CASCADE"))
                        WorkflowNode node;
                        @Lob String message;
                        Integer tokenCount;
                    }
                    """);
            String node = Files.readString(models.resolve("platform/WorkflowNode.java"));
            JpaModelSourceTest.write(models, "platform/WorkflowNode.java", node
                    .replace("@Entity", "@Entity @Table(indexes = @Index(name = \"ix_node_updated\", columnList = \"updated_at\"))")
                    .replace("OffsetDateTime updatedAt;", "OffsetDateTime updatedAt;\n    @Column(length = 40) String label;"));
            Schema v2 = new JpaModelSource(models).load();

            DiffResult second = diff.compare(inspect(connection), v2);
            RenderedRevision more = RenderedRevision.of(revisions, revision("a00000000002", "execution logs"), second);
            assertEquals(List.of("add column workflow_node.label", "create index ix_node_updated on workflow_node",
                    "create table execution_logs", "create index ix_logs_node on execution_logs"),
                    more.upgrade().stream().map(dev.retort.ops.Operation::describe).toList(), more.source());
            dialect.apply(more.upgrade(), session);
            assertMatches(connection, v2);

            // Changes SQLite makes by rebuilding the table: a dropped column, a longer string, NOT NULL, a new
            // ON DELETE, a unique constraint; then each revision's downgrade, last first.
            String workflow = Files.readString(models.resolve("platform/Workflow.java"));
            JpaModelSourceTest.write(models, "platform/Workflow.java", workflow
                    .replace("@Column(nullable = false, length = 100) String name;",
                            "@Column(nullable = false, length = 200, unique = true) String name;")
                    .replace("    Kind legacyKind;\n", "")
                    .replace("String slug;", "@Column(nullable = false) String slug;")
                    .replace("ON DELETE CASCADE", "ON DELETE RESTRICT"));
            Schema v3 = new JpaModelSource(models).load();
            RenderedRevision rebuilt = RenderedRevision.of(revisions, revision("a00000000003", "tighten workflows"),
                    diff.compare(inspect(connection), v3));
            dialect.apply(rebuilt.upgrade(), session);
            assertMatches(connection, v3);

            dialect.apply(rebuilt.downgrade(), session);
            assertMatches(connection, v2);
            dialect.apply(more.downgrade(), session);
            assertMatches(connection, v1);
        }
    }

    private Schema inspect(Connection connection) {
        return dialect.inspector().inspect(connection);
    }

    private void assertMatches(Connection connection, Schema models) {
        DiffResult drift = diff.compare(inspect(connection), models);
        assertTrue(drift.isEmpty(), "drift after applying: " + drift.describe());
    }

    private static Revision revision(String id, String message) {
        return new Revision(id, List.of(), List.of(), List.of(), message, "2026-11-24T14:00:00Z");
    }
}
