package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad revision files and failing revisions: one line naming the file or revision, the right exit code. */
class ErrorsIT {

    private static void oneLine(RetortProcess.Result result) {
        assertEquals(1, result.err().strip().lines().count(), "one line expected:\n" + result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace:\n" + result.err());
    }

    @Test
    void malformedHeadersNameFileAndLine(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.write("x1_broken.java", "// Revision: not-an-id!\n// Revises:\nclass X {}\n");
        var bad = p.fails(1, "heads");
        oneLine(bad);
        assertTrue(bad.err().contains("x1_broken.java:1:") && bad.err().contains("not-an-id!"), bad.err());

        p.write("x1_broken.java", "// Message: no id\nclass X {}\n");
        bad = p.fails(1, "history");
        assertTrue(bad.err().contains("x1_broken.java:1: no '// Revision: <id>' line"), bad.err());

        p.write("x1_broken.java", "// Revision: abc\nclass X {}\n");
        bad = p.fails(1, "current");
        assertTrue(bad.err().contains("x1_broken.java") && bad.err().contains("Revises"), bad.err());
    }

    @Test
    void graphProblemsNameTheFile(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.revision("aaaa", "", "root", "", "");
        p.revision("bbbb", "zzzz", "orphan", "", "");
        var unknown = p.fails(1, "heads");
        oneLine(unknown);
        assertTrue(unknown.err().contains("bbbb_orphan.java:2: Revises names zzzz"), unknown.err());

        p.revision("bbbb", "cccc", "orphan", "", "");
        p.revision("cccc", "bbbb", "loop", "", "");
        var cycle = p.fails(1, "history");
        oneLine(cycle);
        assertTrue(cycle.err().contains("cycle") && cycle.err().contains(".java"), cycle.err());

        p.revision("bbbb", "aaaa", "orphan", "", "");
        p.revision("cccc", "bbbb", "loop", "", "");
        p.write("dddd_copy.java", "// Revision: bbbb\n// Revises: aaaa\nclass Y {}\n");
        var duplicate = p.fails(1, "heads");
        oneLine(duplicate);
        assertTrue(duplicate.err().contains("bbbb") && duplicate.err().contains("also declared by"), duplicate.err());
    }

    @Test
    void compileErrorsNameFileAndLineAndTouchNothing(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        p.revision("aaaa", "", "create t", "op.createTable(\"t\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"t\");");
        p.ok("upgrade", "head");
        p.revision("bbbb", "aaaa", "broken", "op.addColumn(\"t\", column(\"x\", NO_SUCH_TYPE));", "");
        byte[] before = Files.readAllBytes(p.database());
        var broken = p.fails(1, "upgrade", "head");
        assertFalse(broken.err().contains("\tat "), "no stack trace:\n" + broken.err());
        List<String> lines = broken.err().strip().lines().toList();
        assertTrue(lines.get(0).matches("retort: .*bbbb_broken\\.java:13: compile error: cannot find symbol"), broken.err());
        String source = "        op.addColumn(\"t\", column(\"x\", NO_SUCH_TYPE));";
        assertEquals(source, lines.get(1), "javac's source line");
        assertEquals(" ".repeat(source.indexOf("NO_SUCH_TYPE")) + "^", lines.get(2), "and its caret");
        assertTrue(lines.get(3).strip().matches("symbol: +variable NO_SUCH_TYPE"), broken.err());
        assertTrue(lines.get(4).strip().startsWith("location: class "), broken.err());
        assertEquals(5, lines.size(), broken.err());
        try (var files = Files.list(dir)) {
            // The runners' lock file (db.sqlite3-retort-lock) may be there; a backup may not.
            assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                    .filter(name -> name.contains("retort-backup")).toList(), "no backup before the revisions compiled");
        }
        assertArrayEquals(before, Files.readAllBytes(p.database()), "the database is untouched");
        var debug = p.fails(1, "upgrade", "head", "--debug");
        assertTrue(debug.err().contains("\tat "), "--debug shows the stack trace");
    }

    @Test
    void aFailingRevisionRollsBackAloneAndNamesTheStatement(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.revision("aaaa", "", "create t", "op.createTable(\"t\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"t\");");
        p.revision("bbbb", "aaaa", "half done",
                "op.createTable(\"u\", column(\"id\", INTEGER).primaryKey()); op.execute(\"INSERT INTO no_such_table VALUES (1)\");",
                "op.dropTable(\"u\");");
        var failed = p.fails(1, "upgrade", "head");
        oneLine(failed);
        assertTrue(failed.err().contains("revision bbbb"), failed.err());
        assertTrue(failed.err().contains("INSERT INTO no_such_table VALUES (1)"), failed.err());
        assertEquals(List.of("aaaa"), p.versionRows(), "the earlier revision stays applied");
        assertEquals(List.of("retort_log", "retort_version", "t"), p.tables(), "table u was rolled back");
    }

    @Test
    void aRevisionThatThrowsNamesItsLine(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.revision("aaaa", "", "throws", "if (true) throw new IllegalStateException(\"boom\");", "");
        var failed = p.fails(1, "upgrade", "head");
        oneLine(failed);
        assertTrue(failed.err().contains("revision aaaa") && failed.err().contains("boom")
                && failed.err().contains("line 13"), failed.err());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        Project p = Project.init(dir);
        var unknownOption = p.fails(2, "upgrade", "head", "--frobnicate");
        assertTrue(unknownOption.err().contains("--frobnicate"), unknownOption.err());
        var missing = p.fails(2, "revision");
        assertTrue(missing.err().contains("--message"), missing.err());
    }

    @Test
    void sqlRevisionsRunBothWays(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.ok("revision", "-m", "create notes in sql", "--format", "sql", "--rev-id", "sql1");
        Path file = p.files("sql1").get(0);
        try {
            String text = Files.readString(file).replace("-- retort:upgrade\n", """
                    -- retort:upgrade
                    CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT DEFAULT 'a;b');
                    CREATE TRIGGER notes_touch AFTER INSERT ON notes BEGIN UPDATE notes SET body = body || ';' WHERE id = NEW.id; END;
                    """).replace("-- retort:downgrade\n", """
                    -- retort:downgrade
                    DROP TRIGGER notes_touch;
                    DROP TABLE notes;
                    """);
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        p.ok("upgrade", "head");
        assertEquals(List.of("notes", "retort_log", "retort_version"), p.tables());
        p.ok("downgrade", "base");
        assertEquals(List.of("retort_log", "retort_version"), p.tables());
    }
}
