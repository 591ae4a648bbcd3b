package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the command prints when things break: one line, no stack trace, no part of a password. */
class ReliabilityIT {

    @Test
    void aRevisionThatThrowsAnErrorIsOneLineWithoutAStackTrace(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.revision("0000000000b1", "", "create items",
                "op.createTable(\"items\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"items\");");
        p.revision("0000000000b2", "0000000000b1", "asserts",
                "op.addColumn(\"items\", column(\"price\", INTEGER)); if (op != null) throw new AssertionError(\"price is in cents\");",
                "op.dropColumn(\"items\", \"price\");");
        RetortProcess.Result failed = p.fails(1, "upgrade", "head");
        assertEquals(1, failed.err().lines().count(), failed.err());
        assertTrue(failed.err().startsWith("retort: upgrade of revision 0000000000b2 (0000000000b2_asserts.java) failed:"
                + " the revision's code failed at line"), failed.err());
        assertTrue(failed.err().contains("price is in cents (AssertionError)"), failed.err());
        assertFalse(failed.all().contains("\tat "), failed.all());
        assertEquals(List.of("0000000000b1"), p.versionRows(), "the failing revision rolled back");
    }

    @Test
    void aPasswordWithAnAtSignNeverShowsEvenInPart(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.revision("0000000000c1", "", "create items",
                "op.createTable(\"items\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"items\");");
        String url = "jdbc:mariadb://root:Ab@cd9x@127.0.0.1:3306/test";
        for (List<String> args : List.of(List.of("upgrade", "head", "--url", url),
                List.of("upgrade", "head", "--url", url, "--debug"),
                List.of("current", "--verbose", "--url", url, "--debug"),
                List.of("--ulr", url, "heads"))) {
            RetortProcess.Result result = RetortProcess.run(p.dir(), Map.of(), args.toArray(String[]::new));
            assertTrue(result.exitCode() != 0, result::toString);
            for (String part : List.of("Ab@cd9x", "Ab@", "cd9x")) {
                assertFalse(result.all().contains(part), () -> "'" + part + "' shows: retort " + args + "\n" + result);
            }
            assertTrue(result.all().contains("root:***@127.0.0.1") || result.all().contains("Access denied"),
                    result::toString);
        }
    }
}
