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

/** {@link MigrationLoader#precompile}: many revisions in one compiler run, each into its own cache entry. */
class BatchCompileTest {

    private static RevisionScript revision(Path dir, String id, String className, String body) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve(id + "_rev.java");
        Files.writeString(file, """
                // Revision: %s
                // Revises:
                // Message: a revision

                import dev.retort.ops.*;
                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class %s implements Migration {
                    %s
                    public void downgrade(Ops op) { }
                }
                """.formatted(id, className, body));
        return HeaderReader.read(file);
    }

    private static String addsColumn(String column) {
        return "public void upgrade(Ops op) { op.addColumn(\"t\", column(\"" + column + "\", INTEGER)); }";
    }

    private static List<Path> classFiles(Path cache) throws Exception {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static List<Path> entries(Path cache) throws Exception {
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
    void oneCompilerRunFillsOneCacheEntryPerRevisionThatLoadThenReuses(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve(".retort-cache");
        List<RevisionScript> scripts = List.of(revision(dir, "aaa111", "First", addsColumn("a")),
                revision(dir, "bbb222", "Second", addsColumn("b")), revision(dir, "ccc333", "Third", addsColumn("c")));
        MigrationLoader loader = new MigrationLoader(cache);

        loader.precompile(scripts);

        List<Path> compiled = entries(cache);
        assertEquals(3, compiled.size(), "one entry per revision, no work directory left: " + compiled);
        for (Path entry : compiled) {
            try (Stream<Path> files = Files.list(entry)) {
                assertEquals(1, files.count(), "each entry holds its own revision's class only: " + entry);
            }
        }
        List<Path> classes = classFiles(cache);
        var times = new ArrayList<>();
        for (Path c : classes) {
            times.add(Files.getLastModifiedTime(c));
        }
        assertEquals(List.of("add column t.a", "add column t.b", "add column t.c"),
                scripts.stream().map(s -> upgradeOf(loader.load(s))).toList());
        assertEquals(classes, classFiles(cache), "load used the precompiled entries");
        List<Object> after = new ArrayList<>();
        for (Path c : classes) {
            after.add(Files.getLastModifiedTime(c));
        }
        assertEquals(times, after, "nothing was compiled again");
    }

    @Test
    void aRevisionThatDoesNotCompileIsStillReportedWithItsFileAndLineByLoad(@TempDir Path dir) throws Exception {
        RevisionScript good = revision(dir, "aaa111", "Good", addsColumn("a"));
        RevisionScript broken = revision(dir, "bbb222", "Broken", "public void upgrade(Ops op) { op.noSuchOp(); }");
        MigrationLoader loader = new MigrationLoader(dir.resolve(".retort-cache"));

        loader.precompile(List.of(good, broken));

        assertEquals("add column t.a", upgradeOf(loader.load(good)));
        RetortException e = assertThrows(RetortException.class, () -> loader.load(broken));
        assertTrue(e.getMessage().startsWith(broken.file() + ":10: compile error"), e.getMessage());
    }

    @Test
    void twoRevisionsDeclaringTheSameClassNameEachRunTheirOwnCode(@TempDir Path dir) throws Exception {
        RevisionScript one = revision(dir, "aaa111", "AddColumn", addsColumn("one"));
        RevisionScript two = revision(dir, "bbb222", "AddColumn", addsColumn("two"));
        MigrationLoader loader = new MigrationLoader(dir.resolve(".retort-cache"));

        loader.precompile(List.of(one, two));

        assertEquals("add column t.one", upgradeOf(loader.load(one)));
        assertEquals("add column t.two", upgradeOf(loader.load(two)));
    }
}
