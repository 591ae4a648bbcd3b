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

/** JPA models compiled once into the project's cache and reused while their sources are unchanged. */
class ModelCompileCacheTest {
    @TempDir
    Path dir;

    private List<Path> entries(Path cache) throws Exception {
        try (Stream<Path> list = Files.list(cache)) {
            return list.sorted().toList();
        }
    }

    private FileTime classTime(Path entry) throws Exception {
        return Files.getLastModifiedTime(entry.resolve("app/Item.class"));
    }

    private static List<String> columns(Schema schema) {
        return schema.tables().get(0).columns().stream().map(c -> c.name()).toList();
    }

    private void item(Path models, String extraField) throws Exception {
        JpaModelSourceTest.write(models, "app/Item.java", """
                package app;

                import jakarta.persistence.*;

                @Entity public class Item { @Id Long id; %s }
                """.formatted(extraField));
    }

    @Test
    void unchangedModelsAreLoadedFromTheCacheAndAnEditIsCompiledAnew() throws Exception {
        Path models = dir.resolve("models");
        Path cache = dir.resolve(".retort-cache");
        item(models, "String name;");

        assertEquals(List.of("id", "name"), columns(new JpaModelSource(models, List.of(), cache).load()));
        List<Path> first = entries(cache);
        assertEquals(1, first.size(), "one entry, no work directory left: " + first);
        FileTime compiledAt = classTime(first.get(0));

        assertEquals(List.of("id", "name"), columns(new JpaModelSource(models, List.of(), cache).load()));
        assertEquals(first, entries(cache));
        assertEquals(compiledAt, classTime(first.get(0)), "the same sources: not compiled again");

        item(models, "String name; Integer size;");
        assertEquals(List.of("id", "name", "size"), columns(new JpaModelSource(models, List.of(), cache).load()));
        assertEquals(2, entries(cache).size(), "edited sources get an entry of their own");
    }

    @Test
    void aModelThatDoesNotCompileLeavesNoEntryAndNamesItsLine() throws Exception {
        Path models = dir.resolve("models");
        Path cache = dir.resolve(".retort-cache");
        item(models, "NoSuchType oops;");

        RetortException e = assertThrows(RetortException.class, () -> new JpaModelSource(models, List.of(), cache).load());

        assertTrue(e.getMessage().contains("Item.java:5"), e.getMessage());
        assertEquals(List.of(), entries(cache));
    }
}
