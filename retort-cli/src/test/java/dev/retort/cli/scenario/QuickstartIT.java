package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's first command, through the jar: the walk-through ends well and leaves the project behind. */
class QuickstartIT {

    @Test
    void theQuickstartWalksThroughAndLeavesTheExampleDatabase(@TempDir Path dir) {
        Path project = dir.resolve("walk");
        RetortProcess.Result result = RetortProcess.run(dir, Map.of(), "quickstart", project.toString());
        assertEquals(0, result.exitCode(), result::toString);
        String out = result.out();
        for (String step : new String[]{"$ retort heads", "$ retort current", "$ retort history --graph", "$ retort lint",
                "$ retort upgrade head", "$ retort check", "$ retort downgrade -1"}) {
            assertTrue(out.contains(step), "missing step " + step + ":\n" + out);
        }
        assertTrue(out.contains("Every row is still there."), out);
        assertTrue(out.contains("No differences: the database matches the models"), out);
        assertTrue(out.contains("15 revisions linted: 0 errors"), out);
        assertTrue(Files.isRegularFile(project.resolve("platform.sqlite3")), "the example database is left to explore");
        assertEquals("ca07697bacb4 (head)", RetortProcess.run(project, Map.of(), "current").out().strip());
    }
}
