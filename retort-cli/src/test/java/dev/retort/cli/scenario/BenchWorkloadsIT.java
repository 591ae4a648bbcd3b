package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bench/run all} at its tiny size (BENCH_SCALE=tiny: 50 revisions, 20 and 100 tables, 2,000 rows, the 300
 * tables of W5): every workload is generated for each installed tool and run once, and what the runs did is
 * asserted, not how fast they were. The bench itself stops on a wrong result; this reads the facts it recorded.
 */
class BenchWorkloadsIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static boolean installed(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null"))
                    .start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void everyWorkloadDoesTheSameWorkForEachToolAndTheResultsSectionIsReplaced(@TempDir Path dir) throws Exception {
        boolean tools = installed("sqlite3", "--version") && installed("/usr/bin/python3", "--version");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(tools, "CI=true: the bench needs the sqlite3 shell and /usr/bin/python3");
        }
        assumeTrue(tools, "the bench needs the sqlite3 shell and /usr/bin/python3");
        boolean alembic = installed("/usr/bin/python3", "-c", "import alembic");
        Path results = dir.resolve("RESULTS.md");
        Files.writeString(results, "# Benchmark results\n\n## An earlier section\n\nkept\n\n"
                + "<!-- bench/run: start (this section is rewritten by bench/run) -->\nstale\n<!-- bench/run: end -->\n");
        Path work = dir.resolve("work");

        ProcessBuilder bench = new ProcessBuilder(ROOT.resolve("bench/run").toString(), "all")
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("bench.log").toFile());
        bench.environment().putAll(Map.of("BENCH_SCALE", "tiny", "BENCH_RUNS", "1", "BENCH_WARMUP", "0",
                "BENCH_WORK", work.toString(), "BENCH_RESULTS", results.toString()));
        Process process = bench.start();
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "bench/run all finishes");
        String log = Files.readString(dir.resolve("bench.log"));
        assertEquals(0, process.exitValue(), log);

        Map<String, String> facts = new HashMap<>();
        for (String line : Files.readAllLines(work.resolve("checks.tsv"))) {
            String[] cells = line.split("\t", 2);
            facts.put(cells[0], cells[1]);
        }
        assertEquals("50", facts.get("w1.revisions"));
        assertEquals("100", facts.get("w2.tables.sql"), "W2: every SQL revision made its table");
        assertEquals("20", facts.get("w2.tables.java"), "W2: every Java revision made its table");
        assertEquals("2000 2000", facts.get("w3.rows.before"));
        assertEquals("2000 2000", facts.get("w3.rows.after.retort"), "W3: no row lost by Retort's rebuild");
        assertEquals("2000 2000", facts.get("w3.rows.after.floor"));
        assertEquals("id name score region", facts.get("w3.column.retort"), "W3: the rebuild made the change");
        assertEquals("2000", facts.get("w4.child.after.retort"), "W4: foreign keys on, the children stay");
        assertEquals("30", facts.get("w5.found.retort-sql"));
        assertEquals("30", facts.get("w5.found.retort-jpa"));
        if (alembic) {
            assertEquals("30", facts.get("w5.found.alembic"));
            assertEquals("0", facts.get("w4.child.after.alembic"), "W4: batch mode's DROP TABLE cascades to the children");
            assertEquals("2000", facts.get("w4.parent.after.alembic"));
        }

        String written = Files.readString(results, StandardCharsets.UTF_8);
        assertTrue(written.contains("## An earlier section\n\nkept\n"), written);
        assertFalse(written.contains("stale"), written);
        assertEquals(1, written.split("<!-- bench/run: start", -1).length - 1, written);
        assertTrue(written.contains("### Acceptance (issue 14)"), written);
        assertTrue(written.contains("| `upgrade head`, 20 SQL revisions, empty SQLite file | floor |"), written);
    }
}
