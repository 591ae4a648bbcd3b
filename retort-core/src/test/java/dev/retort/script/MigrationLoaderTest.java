package dev.retort.script;

import dev.retort.error.RetortException;
import dev.retort.ops.Migration;
import dev.retort.ops.Operation;
import dev.retort.ops.OpsHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationLoaderTest {

    private static Path revision(Path dir, String column) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("abc123_add.java");
        Files.writeString(file, """
                // Revision: abc123
                // Revises:
                // Message: add a column

                import dev.retort.ops.*;
                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class AddColumn implements Migration {
                    public void upgrade(Ops op) { op.addColumn("t", column("%s", INTEGER)); }
                    public void downgrade(Ops op) { op.dropColumn("t", "%s"); }
                }
                """.formatted(column, column));
        return file;
    }

    private static List<Path> cacheEntries(Path cache) throws Exception {
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.sorted().toList();
        }
    }

    private static String upgradeOf(Migration migration) {
        List<Operation> recorded = new ArrayList<>();
        migration.upgrade(OpsHandle.recording("sqlite", recorded));
        return recorded.get(0).describe();
    }

    @Test
    void compilesOnceAndReusesTheCacheUntilTheSourceChanges(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve(".retort-cache");
        MigrationLoader loader = new MigrationLoader(cache);
        Path file = revision(dir.resolve("versions"), "first");
        RevisionScript script = HeaderReader.read(file);

        assertEquals("add column t.first", upgradeOf(loader.load(script)));
        List<Path> afterFirst = cacheEntries(cache);
        assertEquals(1, afterFirst.size());
        var compiledAt = Files.getLastModifiedTime(afterFirst.get(0));

        assertEquals("add column t.first", upgradeOf(new MigrationLoader(cache).load(script)));
        assertEquals(afterFirst, cacheEntries(cache), "same source: same cache entry, nothing recompiled");
        assertEquals(compiledAt, Files.getLastModifiedTime(afterFirst.get(0)));

        revision(dir.resolve("versions"), "second");
        assertEquals("add column t.second", upgradeOf(loader.load(HeaderReader.read(file))));
        assertEquals(2, cacheEntries(cache).size(), "an edited source is compiled anew under its own hash");
    }

    @Test
    void aFileWithoutAMigrationClassIsNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Path file = dir.resolve("versions/abc123_x.java");
        Files.writeString(file, "// Revision: abc123\n// Revises:\nclass Nothing {}\n");
        RetortException e = assertThrows(RetortException.class,
                () -> new MigrationLoader(dir.resolve("cache")).load(HeaderReader.read(file)));
        assertTrue(e.getMessage().startsWith(file + ": declares no class implementing Migration"), e.getMessage());
    }
}
