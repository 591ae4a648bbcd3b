package dev.retort.autogen;

import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.DropConstraint;
import dev.retort.revision.Revision;
import dev.retort.script.NewRevision;
import dev.retort.script.RevisionWriter;
import dev.retort.schema.FkAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.index;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact source for a few diffs: what a reviewer reads. */
class RevisionRendererTest {
    private static final Revision REVISION = new Revision("3f2a9c1b7d4e", List.of("9b1c2d3e4f5a"), List.of(), List.of(),
            "add token_count column to execution_logs", "2026-11-24T14:00:00Z");

    private static final Table LOGS = Table.of("execution_logs", column("id", INTEGER).primaryKey(),
            column("message", TEXT).notNull());

    private static String render(Schema current, Schema target) {
        return new RevisionRenderer().render(REVISION, new SchemaDiff().compare(current, target));
    }

    private static Schema schema(Table... tables) {
        return SchemaModel.tables(tables);
    }

    @Test
    void addColumn() {
        Table withCount = Table.of("execution_logs", column("id", INTEGER).primaryKey(),
                column("message", TEXT).notNull(), column("token_count", INTEGER));
        assertEquals("""
                // Revision: 3f2a9c1b7d4e
                // Revises: 9b1c2d3e4f5a
                // Create-Date: 2026-11-24T14:00:00Z
                // Message: add token_count column to execution_logs

                import dev.retort.ops.*;
                import dev.retort.schema.*;

                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class AddTokenCountColumnToExecutionLogs_3f2a9c1b7d4e implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        op.addColumn("execution_logs", column("token_count", INTEGER));
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.dropColumn("execution_logs", "token_count");
                    }
                }
                """, render(schema(LOGS), schema(withCount)));
    }

    @Test
    void createTablesWrapOneElementPerLineAndIndexesFollow() {
        Table workflows = Table.of("workflows", column("id", INTEGER).primaryKey().autoIncrement(),
                column("name", string(100)).notNull().unique(), column("created_at", TIMESTAMP).notNull()
                        .serverDefault("CURRENT_TIMESTAMP"));
        Table nodes = Table.of("workflow_nodes", column("id", INTEGER).primaryKey(), column("wf_id", INTEGER).notNull(),
                foreignKey("wf_id", "workflows", "id").onDelete(FkAction.CASCADE))
                .withIndexes(List.of(index("ix_nodes_wf", "workflow_nodes", "wf_id")));
        String source = new RevisionRenderer().render(
                new Revision("0a1b2c3d4e5f", List.of(), List.of(), List.of("platform"), "workflow tables",
                        "2026-11-24T14:00:00Z"),
                new SchemaDiff().compare(schema(), schema(nodes, workflows)));
        assertEquals("""
                // Revision: 0a1b2c3d4e5f
                // Revises:
                // Branch-Labels: platform
                // Create-Date: 2026-11-24T14:00:00Z
                // Message: workflow tables

                import dev.retort.ops.*;
                import dev.retort.schema.*;

                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class WorkflowTables_0a1b2c3d4e5f implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        op.createTable("workflows",
                                column("id", INTEGER).primaryKey().autoIncrement(),
                                column("name", string(100)).notNull().unique(),
                                column("created_at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP"));
                        op.createTable("workflow_nodes",
                                column("id", INTEGER).primaryKey(),
                                column("wf_id", INTEGER).notNull(),
                                foreignKey("wf_id", "workflows", "id").onDelete(FkAction.CASCADE));
                        op.createIndex("ix_nodes_wf", "workflow_nodes", "wf_id");
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.dropIndex("ix_nodes_wf", "workflow_nodes");
                        op.dropTable("workflow_nodes");
                        op.dropTable("workflows");
                    }
                }
                """, source);
    }

    @Test
    void aLikelyRenameIsCommentedInBothDirections() {
        Table before = Table.of("workflows", column("id", INTEGER).primaryKey(), column("title", string(200)));
        Table after = Table.of("workflows", column("id", INTEGER).primaryKey(), column("name", string(200)),
                column("owner", INTEGER).notNull().serverDefault("0"));
        String source = render(schema(before), schema(after));
        String body = source.substring(source.indexOf("    @Override"));
        assertEquals("""
                    @Override
                    public void upgrade(Ops op) {
                        // Retort: "title" was dropped and "name" added with the same type: if this is a rename, replace both lines with
                        // op.alterColumn("workflows", "title", change().rename("name"));
                        op.dropColumn("workflows", "title");
                        op.addColumn("workflows", column("name", string(200)));
                        op.addColumn("workflows", column("owner", INTEGER).notNull().serverDefault("0"));
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.dropColumn("workflows", "owner");
                        // Retort: "name" was dropped and "title" added with the same type: if this is a rename, replace both lines with
                        // op.alterColumn("workflows", "name", change().rename("title"));
                        op.dropColumn("workflows", "name");
                        op.addColumn("workflows", column("title", string(200)));
                    }
                }
                """, body);
    }

    @Test
    void alterColumnsIndexesAndConstraints() {
        Table before = Table.of("users", column("id", INTEGER).primaryKey(), column("email", string(100)),
                column("status", string(20)).serverDefault("'new'"))
                .withIndexes(List.of(index("ix_users_email", "users", "email")));
        Table after = Table.of("users", column("id", INTEGER).primaryKey(), column("email", string(320)).notNull(),
                column("status", string(20)), dev.retort.ops.Dsl.check("length(email) > 3").named("ck_users_email"))
                .withIndexes(List.of(index("ix_users_email", "users", "lower(email)").unique().where("email IS NOT NULL")));
        String source = render(schema(before), schema(after));
        String body = source.substring(source.indexOf("    @Override"));
        assertEquals("""
                    @Override
                    public void upgrade(Ops op) {
                        op.dropIndex("ix_users_email", "users");
                        op.alterColumn("users", "email", change().type(string(320)).notNull());
                        op.alterColumn("users", "status", change().dropDefault());
                        op.createCheckConstraint("ck_users_email", "users", "length(email) > 3");
                        op.createIndex(index("ix_users_email", "users", "lower(email)").unique().where("email IS NOT NULL"));
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.dropIndex("ix_users_email", "users");
                        op.dropConstraint("users", "ck_users_email");
                        op.alterColumn("users", "status", change().serverDefault("'new'"));
                        op.alterColumn("users", "email", change().type(string(100)).nullable(true));
                        op.createIndex("ix_users_email", "users", "email");
                    }
                }
                """, body);
    }

    @Test
    void noDifferencesAndManualChangesAreSaidInComments() {
        String same = render(schema(LOGS), schema(LOGS));
        assertEquals(2, same.split("// Retort: the models match the database: nothing to do\\.", -1).length - 1);
        // A dialect's hooks may find what no operation expresses (none of SQLite's do): it is said, not dropped.
        ManualChange generatedKey = new ManualChange("execution_logs", "execution_logs.id is generated in the models;"
                + " Retort has no operation for that: change it by hand in the revision (on SQLite, recreate the table)");
        String manual = new RevisionRenderer().render(REVISION, new DiffResult(List.of(), List.of(), List.of(generatedKey)));
        String body = manual.substring(manual.indexOf("    @Override"));
        assertEquals("""
                    @Override
                    public void upgrade(Ops op) {
                        // Retort: execution_logs.id is generated in the models; Retort has no operation for that: change it by hand in
                        // the revision (on SQLite, recreate the table)
                    }

                    @Override
                    public void downgrade(Ops op) {
                        // Retort: undo what the upgrade changes by hand: execution_logs.id is generated in the models; Retort has no
                        // operation for that: change it by hand in the revision (on SQLite, recreate the table)
                    }
                }
                """, body);
    }

    @Test
    void aChangedPrimaryKeyIsDroppedAndCreatedAndComesBackInTheDowngrade() {
        Table rekeyed = Table.of("execution_logs", column("id", INTEGER).notNull(), column("message", TEXT).notNull(),
                dev.retort.ops.Dsl.primaryKey("id", "message"));
        String source = render(schema(LOGS), schema(rekeyed));
        String body = source.substring(source.indexOf("    @Override"));
        assertEquals("""
                    @Override
                    public void upgrade(Ops op) {
                        op.dropPrimaryKey("execution_logs");
                        op.createPrimaryKey(null, "execution_logs", "id", "message");
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.dropPrimaryKey("execution_logs");
                        op.createPrimaryKey(null, "execution_logs", "id");
                    }
                }
                """, body);
    }

    @Test
    void anUnnamedForeignKeyIsDroppedByItsDefinitionAndComesBackInTheDowngrade(@TempDir Path dir) throws Exception {
        Table users = Table.of("users", column("id", INTEGER).primaryKey());
        Table linked = Table.of("workflows", column("id", INTEGER).primaryKey(), column("owner_id", INTEGER),
                foreignKey("owner_id", "users", "id"));
        Table unlinked = Table.of("workflows", column("id", INTEGER).primaryKey(), column("owner_id", INTEGER));
        DiffResult diff = new SchemaDiff().compare(schema(users, linked), schema(users, unlinked));
        RenderedRevision rendered = RenderedRevision.of(dir, REVISION, diff);
        String body = rendered.source().substring(rendered.source().indexOf("    @Override"));
        assertEquals("""
                    @Override
                    public void upgrade(Ops op) {
                        op.dropForeignKey("workflows", foreignKey("owner_id", "users", "id"));
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.createForeignKey("workflows", foreignKey("owner_id", "users", "id"));
                    }
                }
                """, body);
        assertEquals(List.of(new DropConstraint("workflows", null, foreignKey("owner_id", "users", "id"))),
                rendered.upgrade());
        assertEquals(List.of(new CreateForeignKey("workflows", foreignKey("owner_id", "users", "id"))),
                rendered.downgrade());
    }

    @Test
    void aNotNullColumnWithoutDefaultIsFlaggedWhereverItIsAdded(@TempDir Path dir) throws Exception {
        Table withSlug = Table.of("execution_logs", column("id", INTEGER).primaryKey(),
                column("message", TEXT).notNull(), column("slug", string(40)).notNull());
        Table withDefault = Table.of("execution_logs", column("id", INTEGER).primaryKey(),
                column("message", TEXT).notNull(), column("slug", string(40)).notNull().serverDefault("'x'"));
        String added = RenderedRevision.of(dir, REVISION, new SchemaDiff().compare(schema(LOGS), schema(withSlug))).source();
        assertEquals("""
                    @Override
                    public void upgrade(Ops op) {
                        // Retort: execution_logs.slug is NOT NULL without a server default: adding it fails if execution_logs has rows.
                        // Give it a .serverDefault(...), or add it nullable, fill it, then op.alterColumn("execution_logs", "slug",
                        // change().notNull());
                        op.addColumn("execution_logs", column("slug", string(40)).notNull());
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.dropColumn("execution_logs", "slug");
                    }
                }
                """, added.substring(added.indexOf("    @Override")));
        String dropped = render(schema(withSlug), schema(LOGS));
        assertEquals("""
                    @Override
                    public void downgrade(Ops op) {
                        // Retort: execution_logs.slug is NOT NULL without a server default: adding it fails if execution_logs has rows.
                        // Give it a .serverDefault(...), or add it nullable, fill it, then op.alterColumn("execution_logs", "slug",
                        // change().notNull());
                        op.addColumn("execution_logs", column("slug", string(40)).notNull());
                    }
                }
                """, dropped.substring(dropped.lastIndexOf("    @Override")));
        assertEquals(false, render(schema(LOGS), schema(withDefault)).contains("Retort:"), "a default gives rows a value");
    }

    /** The bodies plug into the revision writer of the script package, whose header agrees with ours. */
    @Test
    void bodiesFitTheScriptPackagesRevisionWriter() {
        Table withCount = Table.of("execution_logs", column("id", INTEGER).primaryKey(),
                column("message", TEXT).notNull(), column("token_count", INTEGER));
        DiffResult diff = new SchemaDiff().compare(schema(LOGS), schema(withCount));
        RevisionRenderer renderer = new RevisionRenderer();
        NewRevision header = new NewRevision(REVISION.id(), REVISION.parents(), List.of(), List.of(),
                Instant.parse(REVISION.createDate()), REVISION.message());
        String written = RevisionWriter.javaSource(header, renderer.upgradeBody(diff), renderer.downgradeBody(diff));
        assertEquals("        op.addColumn(\"execution_logs\", column(\"token_count\", INTEGER));\n", renderer.upgradeBody(diff));
        assertEquals(renderer.render(REVISION, diff).replace(RevisionRenderer.className(REVISION), header.className()),
                written);
    }
}
