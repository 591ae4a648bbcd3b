package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.index;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DslModelSourceTest {
    @TempDir
    Path dir;

    /** A model on the test classpath: what an application embedding Retort passes as a class. */
    static class Platform implements SchemaModel {
        @Override
        public Schema schema() {
            return SchemaModel.tables(
                    Table.of("workflows", column("id", INTEGER).primaryKey(), column("name", string(100)).notNull()),
                    Table.of("workflow_nodes", column("id", INTEGER).primaryKey(), column("wf_id", INTEGER),
                            foreignKey("wf_id", "workflows", "id"))
                            .withIndexes(List.of(index("ix_nodes_wf", "workflow_nodes", "wf_id"))));
        }
    }

    @Test
    void aSourceFileIsCompiledAndItsSchemaBuilt() throws IOException {
        Path file = dir.resolve("Models.java");
        Files.writeString(file, """
                import dev.retort.autogen.SchemaModel;
                import dev.retort.schema.*;
                import java.util.List;

                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class Models implements SchemaModel {
                    public Schema schema() {
                        return SchemaModel.tables(
                                Table.of("workflows", column("id", INTEGER).primaryKey(), column("name", string(100)).notNull()),
                                Table.of("workflow_nodes", column("id", INTEGER).primaryKey(), column("wf_id", INTEGER),
                                        foreignKey("wf_id", "workflows", "id"))
                                        .withIndexes(List.of(index("ix_nodes_wf", "workflow_nodes", "wf_id"))));
                    }
                }
                """);
        assertEquals(new Platform().schema(), new DslModelSource(file).load());
        assertEquals(new Platform().schema(), ModelSources.fromPath(file).load());
    }

    @Test
    void aClassOnTheClasspathIsUsedAsIs() {
        assertEquals(new Platform().schema(), new DslModelSource(Platform.class).load());
    }

    @Test
    void aFileWithoutASchemaModelSaysWhatItNeeds() throws IOException {
        Path file = dir.resolve("Nothing.java");
        Files.writeString(file, "class Nothing { }\n");
        RetortException e = assertThrows(RetortException.class, () -> new DslModelSource(file).load());
        assertEquals(file + " declares no class implementing dev.retort.autogen.SchemaModel; it needs exactly one",
                e.getMessage());
    }

    @Test
    void aFailingModelNamesTheFile() throws IOException {
        Path file = dir.resolve("Bad.java");
        Files.writeString(file, """
                class Bad implements dev.retort.autogen.SchemaModel {
                    public dev.retort.schema.Schema schema() { throw new IllegalStateException("no tables yet"); }
                }
                """);
        RetortException e = assertThrows(RetortException.class, () -> new DslModelSource(file).load());
        assertEquals(file + ": Bad.schema() failed: java.lang.IllegalStateException: no tables yet", e.getMessage());
    }
}
