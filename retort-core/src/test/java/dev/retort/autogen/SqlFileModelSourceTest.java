package dev.retort.autogen;

import dev.retort.dialect.sqlite.SqliteInspector;
import dev.retort.error.RetortException;
import dev.retort.schema.FkAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static dev.retort.ops.Dsl.check;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.index;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** schema.sql applied to a scratch in-memory SQLite database and read back with the real SQLite inspector. */
class SqlFileModelSourceTest {
    @TempDir
    Path dir;

    private ModelSource source(Path file) {
        return ModelSources.fromPath(file, List.of(), () -> DriverManager.getConnection("jdbc:sqlite::memory:"),
                new SqliteInspector());
    }

    @Test
    void theSchemaIsWhatTheScratchDatabaseHoldsAfterTheScript() throws IOException {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, """
                -- the platform's tables; semicolons in 'strings; here' and comments; do not split
                CREATE TABLE workflows (
                    id INTEGER PRIMARY KEY,
                    name VARCHAR(100) NOT NULL DEFAULT 'untitled; draft',
                    CHECK (length(name) > 0)
                );
                CREATE TABLE workflow_nodes (
                    id INTEGER PRIMARY KEY,
                    wf_id INTEGER NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
                    body TEXT
                );
                CREATE INDEX ix_nodes_wf ON workflow_nodes (wf_id);
                CREATE TRIGGER touch AFTER UPDATE ON workflows BEGIN
                    UPDATE workflows SET name = name WHERE id = NEW.id AND 0;
                END;
                """);
        Schema schema = source(file).load();
        Schema expected = SchemaModel.tables(
                Table.of("workflow_nodes", column("id", INTEGER).primaryKey(), column("wf_id", INTEGER).notNull(),
                        column("body", TEXT), foreignKey("wf_id", "workflows", "id").onDelete(FkAction.CASCADE))
                        .withIndexes(List.of(index("ix_nodes_wf", "workflow_nodes", "wf_id"))),
                Table.of("workflows", column("id", INTEGER).primaryKey(),
                        column("name", string(100)).notNull().defaultValue("'untitled; draft'"),
                        check("length(name) > 0")));
        DiffResult diff = new SchemaDiff().compare(schema.withViewsAndTriggers(List.of(), List.of()), expected);
        assertTrue(diff.isEmpty(), String.join("\n", diff.describe()));
        assertEquals(2, schema.tables().size());
        assertEquals(List.of("touch"), schema.triggers().stream().map(t -> t.name()).toList());
    }

    @Test
    void aFileWhoseStatementsCreateNothingIsAnErrorNamingItNotAnEmptySchema() throws IOException {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, "-- settings only\nPRAGMA foreign_keys = ON;\nPRAGMA journal_mode = WAL;\n");
        RetortException e = assertThrows(RetortException.class, () -> source(file).load());
        assertTrue(e.getMessage().startsWith(file + ": its 2 statement(s) created no table or view"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void aFileWithNoStatementsAtAllIsAnEmptySchema() throws IOException {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, "-- nothing yet\n");
        assertEquals(List.of(), source(file).load().tables());
    }

    @Test
    void aFailingStatementIsNamed() throws IOException {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, "CREATE TABLE a (id INTEGER);\nCREATE TABLE a (id INTEGER);\n");
        RetortException e = assertThrows(RetortException.class, () -> source(file).load());
        assertTrue(e.getMessage().startsWith(file + ": statement 2 (CREATE TABLE a (id INTEGER)) failed on the scratch"
                + " database: "), e.getMessage());
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }
}
