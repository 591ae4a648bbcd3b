package dev.retort.cli.scenario;

import dev.retort.script.JavaSourceCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's "test against existing data", on the example platform (examples/platform): create the
 * database at an early revision, fill it with the seed generator, upgrade to head through renames, a type
 * change, a dropped UNIQUE column, a data migration, a rebuild of a table with ON DELETE CASCADE
 * children, two branches and their merge, and a CHECK constraint; then prove every row is still there.
 */
class ExamplePlatformIT {
    private static final String EARLY = "769c25ffe809";
    private static final String HEAD = "ca07697bacb4";
    private static final String MERGE = "427499be64f6";
    private static final List<String> TABLES = List.of("user_profiles", "workflows", "workflow_nodes",
            "workflow_edges", "component_configs", "execution_logs", "api_keys", "credentials");
    /** What the history does to seeded columns on purpose; every other seeded value must be unchanged. */
    private static final Map<String, String> RENAMED = Map.of("workflow_nodes.node_type", "component_type");
    private static final String DROPPED = "user_profiles.telegram_chat_id";
    private static final String BACKFILLED = "workflows.description";

    @TempDir
    Path temp;

    @Test
    void seededDataSurvivesUpgradeToHeadAndTheHistoryRoundTrips() throws Exception {
        Path dir = temp.resolve("platform");
        PlatformDatabase.copyProject(examplePlatform(), dir);
        PlatformDatabase db = new PlatformDatabase(dir.resolve("platform.sqlite3"));

        ok(dir, "upgrade", EARLY);
        assertEquals(List.of(EARLY), db.versions());
        int seeded = seed(dir, db);
        assertTrue(seeded >= 10_000, "the seed wrote only " + seeded + " rows");
        assertEquals(List.of(), db.foreignKeyViolations(), "the seed data itself breaks a foreign key");
        Map<String, Map<Long, Map<String, String>>> before = db.snapshot(TABLES);

        long start = System.nanoTime();
        ok(dir, "upgrade", "head");
        long upgradeMillis = (System.nanoTime() - start) / 1_000_000;
        String stepMillis = db.query("SELECT sum(duration_ms) FROM retort_log WHERE direction = 'up'"
                + " AND revision NOT IN ('d3c32713191a', 'b07fb26855e2', '769c25ffe809')").get(0);
        System.out.printf("ExamplePlatformIT: upgrade %s -> head on %,d rows: %,d ms wall (process), %s ms in steps%n",
                EARLY, seeded, upgradeMillis, stepMillis);

        assertEquals(List.of(HEAD), db.versions());
        assertEquals(List.of(), db.foreignKeyViolations(), "foreign_key_check after upgrade head");
        assertEquals(List.of("ok"), db.query("PRAGMA integrity_check"));
        Map<String, Map<Long, Map<String, String>>> head = db.snapshot(TABLES);
        assertSurvived(before, head);
        assertEquals(List.of(), db.query("SELECT id FROM workflows WHERE description IS NULL"));
        assertEquals(List.of("0"), db.query("SELECT count(*) FROM execution_logs WHERE token_count IS NOT NULL"));
        assertEquals(List.of("0"), db.query("SELECT count(*) FROM workflow_nodes WHERE is_entry_point <> 0"));
        assertTrue(db.createSql("execution_logs").contains("CONSTRAINT ck_execution_logs_status CHECK"));
        List<String> headSchema = db.schema();
        assertModelsMatch(dir);

        // The last step down and up again: same schema text, same rows.
        ok(dir, "downgrade", "-1");
        assertEquals(List.of(MERGE), db.versions());
        assertFalse(db.createSql("execution_logs").contains("ck_execution_logs_status"));
        ok(dir, "upgrade", "head");
        assertEquals(headSchema, db.schema(), "schema after downgrade -1 and upgrade head");
        assertEquals(head, db.snapshot(TABLES), "rows after downgrade -1 and upgrade head");

        // All the way back to the seed's revision: every downgrade runs on data and restores the seeded values.
        ok(dir, "downgrade", EARLY);
        assertEquals(List.of(EARLY), db.versions());
        assertEquals(List.of(), db.foreignKeyViolations(), "foreign_key_check after downgrade to " + EARLY);
        assertRestored(before, db.snapshot(TABLES));

        // An empty database: head, base, head again, with the same schema as the seeded one.
        Path empty = temp.resolve("empty");
        PlatformDatabase.copyProject(examplePlatform(), empty);
        PlatformDatabase fresh = new PlatformDatabase(empty.resolve("platform.sqlite3"));
        start = System.nanoTime();
        ok(empty, "upgrade", "head");
        long emptyMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("ExamplePlatformIT: upgrade base -> head on an empty database: %,d ms wall (process)%n",
                emptyMillis);
        assertEquals(headSchema, fresh.schema(), "an empty database at head has the seeded database's schema");
        ok(empty, "downgrade", "base");
        assertEquals(List.of(), fresh.versions());
        assertEquals(List.of(), fresh.userTables());
        ok(empty, "upgrade", "head");
        assertEquals(headSchema, fresh.schema(), "schema after downgrade base and upgrade head");
    }

    /** Compiles seed/SeedData.java the way Retort compiles revisions and runs it on the database. */
    private static int seed(Path dir, PlatformDatabase db) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("target/seed-classes"));
        JavaSourceCompiler.compile(List.of(dir.resolve("seed/SeedData.java")), classes, List.of());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ExamplePlatformIT.class.getClassLoader())) {
            Class<?> seedData = loader.loadClass("SeedData");
            assertEquals(EARLY, seedData.getField("REVISION").get(null), "SeedData.REVISION");
            Method seed = seedData.getMethod("seed", Connection.class);
            try (Connection c = db.connect()) {
                @SuppressWarnings("unchecked")
                Map<String, Integer> counts = (Map<String, Integer>) seed.invoke(null, c);
                assertEquals(TABLES.size(), counts.size(), "tables seeded: " + counts);
                counts.forEach((table, rows) -> assertTrue(rows > 0, table + " got no rows"));
                return counts.values().stream().mapToInt(Integer::intValue).sum();
            }
        }
    }

    /** Every seeded row is at head with the same values, through the renamed column; only the dropped one is gone. */
    private static void assertSurvived(Map<String, Map<Long, Map<String, String>>> before,
                                       Map<String, Map<Long, Map<String, String>>> after) {
        List<String> differences = new ArrayList<>();
        for (String table : TABLES) {
            Map<Long, Map<String, String>> rowsAfter = after.get(table);
            assertEquals(before.get(table).keySet(), rowsAfter.keySet(), table + ": row ids at head");
            before.get(table).forEach((id, row) -> row.forEach((column, value) -> {
                String key = table + "." + column;
                if (key.equals(DROPPED)) {
                    assertFalse(rowsAfter.get(id).containsKey(column), key + " should be gone at head");
                    return;
                }
                String expected = key.equals(BACKFILLED) && value.equals("NULL") ? "''" : value;
                String actual = rowsAfter.get(id).get(RENAMED.getOrDefault(key, column));
                if (!expected.equals(actual)) {
                    differences.add(key + " id " + id + ": seeded " + expected + ", at head " + actual);
                }
            }));
        }
        assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())),
                differences.size() + " seeded values changed on the way to head");
    }

    /** After downgrading to the seed's revision every value is back, except the dropped column's (NULL now). */
    private static void assertRestored(Map<String, Map<Long, Map<String, String>>> before,
                                       Map<String, Map<Long, Map<String, String>>> after) {
        List<String> differences = new ArrayList<>();
        for (String table : TABLES) {
            assertEquals(before.get(table).keySet(), after.get(table).keySet(), table + ": row ids after downgrade");
            before.get(table).forEach((id, row) -> row.forEach((column, value) -> {
                String key = table + "." + column;
                String expected = key.equals(DROPPED) ? "NULL" : value;
                String actual = after.get(table).get(id).get(column);
                if (!expected.equals(actual)) {
                    differences.add(key + " id " + id + ": seeded " + expected + ", after downgrade " + actual);
                }
            }));
        }
        assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())),
                differences.size() + " seeded values differ after downgrading to " + EARLY);
    }

    /**
     * {@code retort check}: the JPA models describe the database at head. The one CHECK constraint is the
     * exception for now: JPA 3.1 has no annotation for it, the model spells it in {@code columnDefinition},
     * and the JPA reader does not read CHECK from there yet; once it does, check exits 0 and this still passes.
     */
    private static void assertModelsMatch(Path dir) {
        RetortProcess.Result check = RetortProcess.run(dir, Map.of(), "check");
        assertEquals(0, check.exitCode(), () -> "models and head differ:\n" + check);
        assertTrue(check.out().contains("No differences"), check.out());
    }

    private static RetortProcess.Result ok(Path dir, String... args) {
        RetortProcess.Result result = RetortProcess.run(dir, Map.of(), args);
        assertEquals(0, result.exitCode(), () -> "retort " + String.join(" ", args) + " failed:\n" + result);
        return result;
    }

    /** examples/platform, found from the module directory (the usual working directory) or the repository root. */
    private static Path examplePlatform() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/platform");
            if (Files.isRegularFile(candidate.resolve("retort.toml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/platform not found above " + here);
    }
}
