package dev.retort.api;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.RevisionFiles;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Java revision that does not compile: javac's whole diagnostic, and nothing written before it compiled. */
class CompileErrorReportTest {

    private static Retort project(Path dir) {
        return Retort.open(RetortConfig.builder().projectDir(dir).scriptLocation(dir.resolve("migrations"))
                .url("jdbc:sqlite:" + dir.resolve("app.db")).build());
    }

    private static RetortException upgradeWithTypo(Path dir, Retort retort) throws Exception {
        RevisionFiles files = new RevisionFiles(dir).java("000000000001", "", "create users",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"users\");");
        retort.upgrade("head");
        files.java("000000000002", "000000000001", "add name",
                "op.addColumn(\"users\", column(\"name\", TEXT).nulable());", "op.dropColumn(\"users\", \"name\");");
        return assertThrows(RetortException.class, () -> retort.upgrade("head"));
    }

    @Test
    void aCompileErrorShowsTheSourceLineCaretAndSymbolUnderItsHeader(@TempDir Path dir) throws Exception {
        RetortException error = upgradeWithTypo(dir, project(dir));
        Path file = dir.resolve("migrations/versions/000000000002_add_name.java");

        assertEquals(file + ":12: compile error: cannot find symbol", error.getMessage());
        List<String> details = error.details();
        String source = "        op.addColumn(\"users\", column(\"name\", TEXT).nulable());";
        assertEquals(source, details.get(0));
        // javac points at the member selection: the dot before the unknown name.
        assertEquals(" ".repeat(source.indexOf(".nulable")) + "^", details.get(1));
        assertTrue(details.get(2).strip().matches("symbol: +method nulable\\(\\)"), details.toString());
        assertTrue(details.get(3).strip().startsWith("location: "), details.toString());
        assertEquals(4, details.size(), details.toString());
    }

    @Test
    void everyCompileErrorGetsItsOwnHeaderLine(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir).java("000000000001", "", "two typos",
                "op.creatTable(\"a\");\n        op.dropTabl(\"b\");", "");
        RetortException error = assertThrows(RetortException.class, () -> project(dir).upgrade("head"));
        String file = dir.resolve("migrations/versions/000000000001_two_typos.java").toString();
        assertTrue(error.getMessage().startsWith(file + ":12: compile error: cannot find symbol"), error.getMessage());
        assertEquals(1, error.details().stream().filter(l -> l.startsWith(file + ":13: compile error: ")).count(),
                error.details().toString());
    }

    @Test
    void aRevisionThatDoesNotCompileWritesNoBackup(@TempDir Path dir) throws Exception {
        Retort retort = project(dir);
        upgradeWithTypo(dir, retort);
        assertEquals(List.of(), retort.backups(), "the backup comes after every revision has compiled");
        assertEquals(List.of("000000000001"), retort.current());
    }
}
