package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code retort upgrade head} on MariaDB, killed (SIGKILL) at random moments while revisions of several DDL
 * statements each run: MariaDB commits each statement, so only the dirty mark written before a revision's first
 * statement can tell a half-applied revision. After every kill either the version rows match the tables, or a
 * dirty mark names the revision that was cut; undoing it by hand and a stamp let the rerun reach head.
 */
class MariadbKillIT {
    private static final int REVISIONS = 6;
    private static final int TABLES_PER_REVISION = 6;
    private static final int KILLS = 10;

    private static String id(int revision) {
        return String.format("%012x", 0xd00 + revision);
    }

    private static String table(int revision, int n) {
        return "t" + revision + "_" + n;
    }

    private static Project history(Path dir) {
        Project p = Project.init(dir);
        for (int r = 1; r <= REVISIONS; r++) {
            StringBuilder up = new StringBuilder();
            StringBuilder down = new StringBuilder();
            for (int n = 1; n <= TABLES_PER_REVISION; n++) {
                up.append("CREATE TABLE ").append(table(r, n)).append(" (id INT PRIMARY KEY, v VARCHAR(20));\n");
                // DDL on a table of any size takes a while; the pause stands for it, so kills land between statements.
                up.append("DO SLEEP(0.04);\n");
                down.append("DROP TABLE ").append(table(r, n)).append(";\n");
            }
            p.write(id(r) + "_tables_" + r + ".sql", "-- Revision: " + id(r) + "\n-- Revises: "
                    + (r == 1 ? "" : id(r - 1)) + "\n-- Message: tables of revision " + r + "\n-- retort:upgrade\n"
                    + up + "-- retort:downgrade\n" + down);
        }
        return p;
    }

    @Test
    void afterAKillAtAnyMomentTheVersionRowsMatchTheSchemaOrADirtyMarkNamesTheRevision(@TempDir Path dir) throws Exception {
        Project p = history(dir);
        long seed = Long.getLong("retort.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        try (MariadbServer db = MariadbServer.createDatabase()) {
            String url = db.url("mariadb");
            long started = System.nanoTime();
            p.ok("current", "--url", url);
            // A run's first part is the JVM starting and reading the project: kills aim at the part after it.
            long startUp = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            started = System.nanoTime();
            p.ok("upgrade", "head", "--url", url);
            long fullRun = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            p.ok("downgrade", "base", "--url", url);
            int dirtyKills = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                long delay = startUp + (long) (random.nextDouble() * Math.max(1, fullRun - startUp));
                Process process = RetortProcess.start(p.dir(), dir.resolve("kill-" + kill + ".txt"), "upgrade", "head",
                        "--url", url);
                if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    assertTrue(process.waitFor(1, TimeUnit.MINUTES));
                }
                String what = "kill " + kill + " at " + delay + " ms of " + fullRun + " (seed " + seed + ")";
                // The server finishes the statement a killed client had sent: look once its session is gone.
                awaitNoOtherSession(db, what);
                int applied = applied(db);
                List<String> dirty = retortTablesExist(db)
                        ? db.query("SELECT revision FROM retort_log WHERE status = 'dirty'") : List.of();
                Set<String> tables = userTables(db);
                if (dirty.isEmpty()) {
                    assertEquals(expectedTables(applied), tables, what + ": the version rows match the schema");
                } else {
                    dirtyKills++;
                    assertEquals(List.of(id(applied + 1)), dirty, what + ": the mark names the revision that was cut");
                    Set<String> left = new TreeSet<>(tables);
                    left.removeAll(expectedTables(applied));
                    assertTrue(expectedTables(applied + 1).containsAll(left), what + ": only its own tables are new: " + left);
                    // The repair a person would make: undo what the cut revision left, then say where the schema is.
                    left.forEach(t -> db.exec("DROP TABLE " + t));
                    p.ok("stamp", applied == 0 ? "base" : id(applied), "--url", url);
                }
                p.ok("upgrade", "head", "--url", url);
                assertEquals(REVISIONS, applied(db), what + ", then rerun");
                assertEquals(expectedTables(REVISIONS), userTables(db), what + ", then rerun");
                p.ok("downgrade", "base", "--url", url);
            }
            System.out.printf("MariadbKillIT: %d of %d kills left a dirty mark (start-up %d ms, full run %d ms, seed %d)%n",
                    dirtyKills, KILLS, startUp, fullRun, seed);
            assertTrue(dirtyKills >= 3, "most kills should land inside a revision: " + dirtyKills + " of " + KILLS);
        }
    }

    /** How many revisions the version row says are applied (a linear history: its one row). */
    private static int applied(MariadbServer db) {
        if (!retortTablesExist(db)) {
            return 0;
        }
        List<String> rows = db.query("SELECT version_num FROM retort_version");
        if (rows.isEmpty()) {
            return 0;
        }
        return Integer.parseInt(rows.get(0), 16) - 0xd00;
    }

    private static void awaitNoOtherSession(MariadbServer db, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!db.query("SELECT count(*) FROM information_schema.processlist WHERE db = DATABASE()"
                + " AND id <> CONNECTION_ID()").get(0).equals("0")) {
            assertTrue(System.nanoTime() < deadline, what + ": the killed runner's session is still on the server");
            Thread.sleep(20);
        }
    }

    /** A kill before the first revision may come before Retort made its own tables. */
    private static boolean retortTablesExist(MariadbServer db) {
        return db.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name IN ('retort_version', 'retort_log')").get(0).equals("2");
    }

    private static Set<String> expectedTables(int applied) {
        Set<String> tables = new TreeSet<>();
        for (int r = 1; r <= applied; r++) {
            for (int n = 1; n <= TABLES_PER_REVISION; n++) {
                tables.add(table(r, n));
            }
        }
        return tables;
    }

    private static Set<String> userTables(MariadbServer db) {
        return new TreeSet<>(db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name NOT LIKE 'retort_%'"));
    }
}
