package dev.retort.cli.commands;

import dev.retort.cli.Main;
import dev.retort.cli.output.ExampleProject;
import dev.retort.error.RetortException;
import dev.retort.script.JavaSourceCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first minute with Retort: the example platform at an early revision with real data, then the
 * guide's workflow on it, each command printed as a person would type it, followed by its output.
 */
@Command(name = "quickstart", description = "Walk through the workflow on the example platform: an early "
        + "revision with 26,000 rows of seed data, then heads, current, history, lint, upgrade, check, downgrade. "
        + "Leaves the project in DIR (default: a new temporary folder).")
public final class QuickstartCommand extends Verb {
    /** The revision the seed data is written for (examples/platform/seed/SeedData.java says so too). */
    static final String SEED_REVISION = "769c25ffe809";

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to create the project (must not exist yet, or be empty).")
    Path directory;

    @Override
    public Integer call() throws Exception {
        Path dir = (directory != null ? directory : Files.createTempDirectory("retort-quickstart-")).toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new RetortException(dir + " is not empty; quickstart needs a new or empty directory");
                }
            }
        }
        Files.createDirectories(dir);
        ExampleProject.copyTo(dir);
        say("A workflow platform's project: 8 tables, 15 revisions, two branches and their merge. See " + dir);
        say("First, a database at revision " + SEED_REVISION + " (the third) with seed data:");
        step(dir, true, "upgrade", SEED_REVISION);
        Map<String, Long> before = seed(dir);
        say("Seeded " + before.values().stream().mapToLong(Long::longValue).sum() + " rows.");

        say("\nBefore you start: heads, current and recent history.");
        step(dir, true, "heads");
        step(dir, true, "current");
        step(dir, true, "history", "--graph", "--indicate-current");
        say("\nThe guide's tips, checked:");
        step(dir, false, "lint");
        say("\nUpgrade: each revision in its own transaction; SQLite tables are rebuilt where ALTER TABLE can't.");
        step(dir, true, "upgrade", "head");
        rowCounts(before, counts(dir));
        say("\nDo the models match the database?");
        step(dir, true, "check");
        say("\nDown one revision and back up again:");
        step(dir, true, "downgrade", "-1");
        step(dir, true, "upgrade", "head");

        out().println();
        out().println("The project and its database (platform.sqlite3) are in " + dir);
        out().println("Try next, in that folder (retort is ./retort at the repository root):");
        out().println("  retort history --verbose -n 3");
        out().println("  retort revision -m \"add description column to api_keys\"");
        out().println("  retort upgrade head --sql");
        out().println("  retort test");
        out().flush();
        return 0;
    }

    private void say(String text) {
        out().println(text);
        out().flush();
    }

    /** Runs one verb in-process as if typed in {@code dir}; a required step that fails stops the walk-through. */
    private void step(Path dir, boolean required, String... words) {
        out().println();
        out().println("$ retort " + String.join(" ", words));
        out().flush();
        List<String> args = new ArrayList<>(List.of("-c", dir.resolve("retort.toml").toString()));
        args.addAll(List.of(words));
        int code = Main.run(args.toArray(String[]::new), out(), err());
        if (code != 0 && required) {
            throw new RetortException("quickstart stopped: `retort " + String.join(" ", words) + "` exited " + code);
        }
    }

    /** Compiles and runs examples/platform/seed/SeedData.java against the database. */
    private static Map<String, Long> seed(Path dir) throws Exception {
        Path classes = Files.createTempDirectory("retort-seed-");
        JavaSourceCompiler.compile(List.of(dir.resolve("seed/SeedData.java")), classes, List.of());
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()},
                QuickstartCommand.class.getClassLoader());
             Connection connection = DriverManager.getConnection(url(dir))) {
            Method seed = loader.loadClass("SeedData").getMethod("seed", Connection.class);
            seed.invoke(null, connection);
        }
        return counts(dir);
    }

    private static Map<String, Long> counts(Path dir) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url(dir));
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'retort_%' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private void rowCounts(Map<String, Long> before, Map<String, Long> after) {
        out().println();
        out().printf("%-20s %8s %8s%n", "rows per table", "before", "after");
        for (String table : after.keySet()) {
            out().printf("%-20s %8s %8d%n", table, before.containsKey(table) ? before.get(table) : "-", after.get(table));
        }
        boolean kept = before.entrySet().stream().allMatch(e -> e.getValue().equals(after.get(e.getKey())));
        out().println(kept ? "Every row is still there." : "ROWS CHANGED: compare the counts above.");
        out().flush();
    }

    private static String url(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("platform.sqlite3");
    }
}
