package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A SchemaModel source compiled once into the project's cache and reused while it is unchanged, as JPA models are. */
class DslModelCompileCacheTest {
    @TempDir
    Path dir;

    private Path model(String columns) throws Exception {
        Path file = dir.resolve("model/AppModel.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                import dev.retort.autogen.SchemaModel;
                import dev.retort.schema.*;

                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                public class AppModel implements SchemaModel {
                    public Schema schema() {
                        return SchemaModel.tables(Table.of("items", %s));
                    }
                }
                """.formatted(columns));
        return file;
    }

    private static List<Path> entries(Path cache) throws Exception {
        try (Stream<Path> list = Files.list(cache)) {
            return list.sorted().toList();
        }
    }

    private static List<String> columns(Schema schema) {
        return schema.tables().get(0).columns().stream().map(c -> c.name()).toList();
    }

    @Test
    void anUnchangedModelIsLoadedFromTheCacheAndAnEditIsCompiledAnew() throws Exception {
        Path cache = dir.resolve(".retort-cache");
        Path file = model("column(\"id\", INTEGER).primaryKey()");

        assertEquals(List.of("id"), columns(ModelSources.fromPath(file, List.of(), null, null, cache).load()));
        List<Path> first = entries(cache);
        assertEquals(1, first.size(), "one entry, no work directory left: " + first);
        FileTime compiledAt = Files.getLastModifiedTime(first.get(0).resolve("AppModel.class"));

        assertEquals(List.of("id"), columns(ModelSources.fromPath(file, List.of(), null, null, cache).load()));
        assertEquals(first, entries(cache));
        assertEquals(compiledAt, Files.getLastModifiedTime(first.get(0).resolve("AppModel.class")),
                "the same source: not compiled again");

        model("column(\"id\", INTEGER).primaryKey(), column(\"name\", TEXT)");
        assertEquals(List.of("id", "name"), columns(ModelSources.fromPath(file, List.of(), null, null, cache).load()));
        assertEquals(2, entries(cache).size(), "an edited source gets an entry of its own");
    }

    @Test
    void aModelThatDoesNotCompileLeavesNoEntryAndNamesItsLine() throws Exception {
        Path cache = dir.resolve(".retort-cache");
        Path file = model("column(\"id\", NO_SUCH_TYPE)");

        RetortException e = assertThrows(RetortException.class,
                () -> ModelSources.fromPath(file, List.of(), null, null, cache).load());

        assertTrue(e.getMessage().contains("AppModel.java:9"), e.getMessage());
        assertEquals(List.of(), entries(cache));
    }
}
