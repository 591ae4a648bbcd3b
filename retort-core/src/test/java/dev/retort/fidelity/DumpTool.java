package dev.retort.fidelity;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a database's own client or dump tool (psql, pg_dump, mariadb, mariadb-dump), as a user would, and
 * gives back what it printed. Without the tool the test is skipped, saying so, except under CI=true.
 */
final class DumpTool {
    private DumpTool() {
    }

    /** Runs {@code command} with {@code input} on its standard input; fails with its output when it fails. */
    static String run(String input, String... command) throws IOException, InterruptedException {
        String tool = firstOnPath(command[0]);
        List<String> line = new ArrayList<>(List.of(command));
        line.set(0, tool);
        Process process = new ProcessBuilder(line).redirectErrorStream(false).start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        Assertions.assertTrue(process.waitFor(120, TimeUnit.SECONDS), command[0] + " did not finish");
        Assertions.assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed: " + new String(err));
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The tool, or the first of its alternatives separated by '|' ({@code mariadb-dump|mysqldump}) found. */
    private static String firstOnPath(String names) {
        for (String name : names.split("\\|")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        String reason = "none of " + names + " is installed";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(reason + " (CI=true: the dump tests must run)");
        }
        Assumptions.abort(reason);
        return null;
    }
}
