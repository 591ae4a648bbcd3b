package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A password given in a URL (on the command line, in RETORT_URL, in retort.toml) never shows: not on
 * stdout or stderr, with or without --debug, not in retort_log or any file Retort writes, whether the
 * command succeeds or fails.
 */
class PasswordsIT {
    private static final String PASSWORD = "s3cretPw";
    private static final String MARIADB_USERINFO = "jdbc:mariadb://root:" + PASSWORD + "@127.0.0.1:3306/test";
    private static final String MARIADB_PARAM = "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=" + PASSWORD;
    private static final String SQLITE_PARAM = "jdbc:sqlite:db.sqlite3?password=" + PASSWORD;

    private final List<String> seen = new ArrayList<>();

    private RetortProcess.Result run(Project p, Map<String, String> env, int exit, String... args) {
        RetortProcess.Result result = RetortProcess.run(p.dir(), env, args);
        seen.add("retort " + String.join(" ", args) + " " + env.keySet());
        assertEquals(exit, result.exitCode(), () -> "retort " + String.join(" ", args) + ":\n" + result);
        assertFalse(result.all().contains(PASSWORD), () -> "the password shows: retort " + String.join(" ", args)
                + " " + env + "\n" + result);
        return result;
    }

    /** Every file in the project but the configuration the user wrote: databases, backups, logs, cache. */
    private static void noFileHoldsThePassword(Project p) throws IOException {
        try (Stream<Path> files = Files.walk(p.dir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals("retort.toml")) {
                    continue;
                }
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(PASSWORD), "the password is written in " + file);
            }
        }
    }

    private static Project withRevisions(Path dir) {
        Project p = Project.init(dir);
        p.revision("0000000000a1", "", "create items",
                "op.createTable(\"items\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"items\");");
        p.revision("0000000000a2", "0000000000a1", "add price",
                "op.addColumn(\"items\", column(\"price\", INTEGER));", "op.dropColumn(\"items\", \"price\");");
        return p;
    }

    @Test
    void aSqliteUrlWithAPasswordWorksAndIsShownMasked(@TempDir Path dir) throws IOException {
        Project p = withRevisions(dir);
        Map<String, String> none = Map.of();
        var up = run(p, none, 0, "upgrade", "head", "--url", SQLITE_PARAM);
        assertTrue(up.out().contains("Running upgrade"), up.out());
        var current = run(p, none, 0, "current", "--verbose", "--url", SQLITE_PARAM);
        assertTrue(current.out().contains("?password=***"), "current --verbose shows the URL, masked:\n" + current);
        run(p, Map.of("RETORT_URL", SQLITE_PARAM), 0, "current", "--verbose");
        run(p, none, 0, "history", "--verbose", "--url", SQLITE_PARAM);
        run(p, none, 0, "downgrade", "-1", "--url", SQLITE_PARAM, "--debug");
        run(p, Map.of("RETORT_URL", SQLITE_PARAM), 0, "upgrade", "head");
        run(p, none, 0, "stamp", "head", "--url", SQLITE_PARAM);
        run(p, none, 0, "backup", "--url", SQLITE_PARAM);

        Files.writeString(dir.resolve("retort.toml"), "[retort]\nurl = \"" + SQLITE_PARAM + "\"\n");
        var fromFile = run(p, none, 0, "current", "--verbose");
        assertTrue(fromFile.out().contains("?password=***"), fromFile.out());
        run(p, none, 0, "downgrade", "base");
        run(p, none, 0, "upgrade", "head");

        List<String> log = p.query("SELECT revision, direction, checksum, started_at, duration_ms, tool_version, "
                + "applied_by, status FROM retort_log");
        assertTrue(log.size() >= 6, log.toString());
        assertFalse(log.toString().contains(PASSWORD), "retort_log: " + log);
        noFileHoldsThePassword(p);
    }

    @Test
    void aServerPasswordNeverShowsInErrors(@TempDir Path dir) throws IOException {
        Project p = withRevisions(dir);
        Map<String, String> none = Map.of();
        for (String url : List.of(MARIADB_USERINFO, MARIADB_PARAM)) {
            var refused = run(p, none, 1, "upgrade", "head", "--url", url);
            assertTrue(refused.err().startsWith("retort: cannot connect to jdbc:mariadb://")
                    && refused.err().contains("***") && refused.err().contains("Access denied"), refused.err());
            assertEquals(1, refused.err().lines().count(), refused.err());
            var debug = run(p, none, 1, "upgrade", "head", "--url", url, "--debug");
            assertTrue(debug.err().contains("\tat "), "--debug prints the stack trace, masked:\n" + debug.err());
            run(p, none, 1, "current", "--verbose", "--url", url);
            run(p, none, 1, "stamp", "head", "--url", url);
            run(p, none, 1, "backup", "--url", url);
            // --sql writes MySQL's SQL from the revisions alone, without connecting.
            run(p, none, 0, "upgrade", "head", "--sql", "--url", url);
            run(p, Map.of("RETORT_URL", url), 1, "current", "--verbose", "--debug");
            run(p, Map.of("RETORT_URL", url), 1, "downgrade", "base");
            // Verbs that never open the database succeed, and print no URL either.
            run(p, none, 0, "heads", "--url", url);
            run(p, none, 0, "history", "--verbose", "--url", url);
        }
        var typo = run(p, none, 2, "--ulr", MARIADB_USERINFO, "heads");
        assertTrue(typo.err().contains("root:***@127.0.0.1"), typo.err());
        run(p, none, 1, "upgrade", "head", "--debug", "--url", "jdbc:mysql://root:" + PASSWORD + "@127.0.0.1:3306/test");
        run(p, none, 1, "upgrade", "head", "--url", "jdbc:oracle:thin:scott/" + PASSWORD + "@db:1521:x");

        Files.writeString(dir.resolve("retort.toml"), "[retort]\nurl = \"" + MARIADB_USERINFO + "\"\n");
        run(p, none, 1, "upgrade", "head", "--debug");
        run(p, none, 1, "current", "--verbose");
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nurl = \"" + MARIADB_PARAM + "\"\nurll = 1\n");
        run(p, none, 1, "upgrade", "head");
        noFileHoldsThePassword(p);
        assertTrue(seen.size() >= 25, "commands run: " + seen.size());
    }
}
