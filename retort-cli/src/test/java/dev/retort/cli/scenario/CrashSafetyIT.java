package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code retort upgrade head} killed with SIGKILL at random moments of a 200-revision history on SQLite, in
 * which some revisions rebuild 100,000-row tables (one referenced by the other). After every kill the file
 * is intact, the recorded version matches the schema that is there, no seeded row is lost or changed, and
 * a rerun finishes the job. The moments come from a seeded {@link Random}; the seed is printed, and
 * {@code -Dretort.crash.seed=N} replays a run.
 */
class CrashSafetyIT {
    private static final int REVISIONS = 200;
    private static final int REBUILD_EVERY = 16;
    private static final int ROWS = 100_000;
    /**
     * Fewer children than parents: every revision's transaction runs PRAGMA foreign_key_check over the whole
     * database before and after (SqliteRevisionTransaction), a cost proportional to the child rows that every
     * one of the 200 revisions pays, and the test runs 60 upgrades.
     */
    private static final int CHILD_ROWS = 10_000;
    private static final int KILLS = Integer.getInteger("retort.crash.kills", 30);
    private static final int BACKUP_KILLS = 3;

    private final MarkedHistory history = new MarkedHistory(REVISIONS, REBUILD_EVERY);

    @Test
    void killedUpgradesLeaveAConsistentDatabaseThatARerunCompletes(@TempDir Path defaultTemp) throws Exception {
        // SIGKILL leaves the kernel's page cache alone, so fsync has no part in what this test proves; on tmpfs
        // its latency stays out of the 60 runs' time.
        Path shm = Path.of("/dev/shm");
        Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "retort-crash-")
                : defaultTemp;
        killAndRerun(dir);
        // Kept when the test fails, to look at.
        if (!dir.equals(defaultTemp)) {
            deleteTree(dir);
        }
    }

    private void killAndRerun(Path dir) throws Exception {
        long seed = Long.getLong("retort.crash.seed", System.nanoTime());
        System.out.println("CrashSafetyIT seed " + seed + " (replay with -Dretort.crash.seed=" + seed + ")");
        Random random = new Random(seed);

        Project p = Project.init(Files.createDirectories(dir.resolve("project")));
        history.write(p);
        p.ok("upgrade", MarkedHistory.id(2), "--no-backup");
        try (Connection connection = MarkedHistory.open(p.database())) {
            MarkedHistory.seed(connection, ROWS, CHILD_ROWS);
        }
        Path pristine = dir.resolve("seeded.sqlite3");
        Files.copy(p.database(), pristine);
        List<String> rows;
        try (Connection connection = MarkedHistory.open(pristine)) {
            rows = MarkedHistory.fingerprint(connection);
        }
        assertTrue(rows.get(0).startsWith("parent: " + ROWS + " rows") && rows.get(1).startsWith("child: " + CHILD_ROWS + " rows"),
                rows.toString());

        // The first run compiles the 200 revisions into <project>/.retort-cache; the next ones are timed.
        long started = System.nanoTime();
        reset(p, pristine);
        p.ok("upgrade", "head");
        long warmUp = millisSince(started);
        verify(p, rows, "after the warm-up run", REVISIONS, true);
        // The faster of two timed runs: on a busy machine a slow one would put many kills after the end.
        long fullRun = Long.MAX_VALUE;
        for (int timed = 0; timed < 2; timed++) {
            reset(p, pristine);
            started = System.nanoTime();
            p.ok("upgrade", "head");
            fullRun = Math.min(fullRun, millisSince(started));
        }
        System.out.printf("CrashSafetyIT: warm-up run %d ms, full run %d ms%n", warmUp, fullRun);

        long killsStarted = System.nanoTime();
        Map<Integer, Integer> killedAt = new TreeMap<>();
        int rebuildsInterrupted = 0;
        int midTransaction = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            reset(p, pristine);
            long delay = 1 + (long) (random.nextDouble() * fullRun);
            Path output = dir.resolve("kill-" + kill + ".txt");
            Process process = RetortProcess.start(p.dir(), output, "upgrade", "head");
            boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
                assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the killed process is gone");
            }
            String what = "kill " + kill + " of " + KILLS + " at " + delay + " ms (seed " + seed + ")"
                    + (finished ? ", after the run had finished" : "");
            Path journal = p.dir().resolve("db.sqlite3-journal");
            if (Files.exists(journal) && Files.size(journal) > 0) {
                midTransaction++;
            }
            int version = verify(p, rows, what, -1, true);
            killedAt.merge(version, 1, Integer::sum);
            if (version < REVISIONS && history.rebuilds(version + 1)) {
                rebuildsInterrupted++;
            }
            var rerun = p.ok("upgrade", "head");
            assertTrue(rerun.out().contains("Database is at " + MarkedHistory.id(REVISIONS)), what + ": " + rerun);
            verify(p, rows, what + ", then rerun", REVISIONS, false);
        }
        // Random moments rarely fall in the few milliseconds the backup takes: aim a few kills at it.
        for (int kill = 1; kill <= BACKUP_KILLS; kill++) {
            reset(p, pristine);
            Path output = dir.resolve("backup-kill-" + kill + ".txt");
            Process process = RetortProcess.start(p.dir(), output, "upgrade", "head");
            String seen = waitForBackupFile(p, process);
            process.destroyForcibly();
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the killed process is gone");
            String what = "kill " + kill + " of " + BACKUP_KILLS + " while the backup was being written";
            assertTrue(seen != null, what + ": the run never started a backup:\n" + Files.readString(output));
            // Revisions compile before the backup, so once it is written the first revision follows at once: a kill
            // that saw the finished backup may land in it. One that saw the backup being written finds nothing applied.
            int version = verify(p, rows, what, seen.equals("writing") ? 2 : -1, true);
            assertTrue(version >= 2, what + ": at " + version);
            p.ok("upgrade", "head");
            verify(p, rows, what + ", then rerun", REVISIONS, false);
        }

        System.out.println("CrashSafetyIT: kills inside a transaction (a hot journal left): " + midTransaction);
        System.out.println("CrashSafetyIT: version reached when killed -> kills: " + killedAt
                + "; kills with a table rebuild next: " + rebuildsInterrupted + "; " + KILLS + " kills, checks and reruns took "
                + millisSince(killsStarted) / 1000 + " s");
        long midway = killedAt.keySet().stream().filter(v -> v > 2 && v < REVISIONS).count();
        assertTrue(KILLS < 10 || midway >= KILLS / 3, "most kills should land part-way through the history: " + killedAt);
        assertTrue(KILLS < 10 || midTransaction >= 3, "some kills should interrupt a transaction: " + midTransaction);
    }

    /**
     * Checks the database after a run; returns the revision number it is at. Opening it after a kill is
     * what rolls back a transaction the kill interrupted (SQLite's hot journal), as any next user would.
     *
     * @param deep also run integrity_check on the database, and check every backup
     */
    private int verify(Project p, List<String> rows, String what, int expectedVersion, boolean deep)
            throws SQLException, IOException {
        try (Connection connection = MarkedHistory.open(p.database())) {
            assertEquals(List.of("ok"), column(connection, deep ? "PRAGMA integrity_check" : "PRAGMA quick_check"),
                    what + ": integrity_check");
            assertEquals(List.of(), column(connection, "PRAGMA foreign_key_check"), what + ": foreign_key_check");
            List<String> versions = column(connection, "SELECT version_num FROM retort_version");
            assertEquals(1, versions.size(), what + ": one version row: " + versions);
            int version = MarkedHistory.number(versions.get(0));
            assertTrue(version >= 2, what + ": version " + versions);
            if (expectedVersion >= 0) {
                assertEquals(expectedVersion, version, what);
            }
            assertEquals(history.expected(version), MarkedHistory.actual(connection),
                    what + ": the schema is what revisions 1.." + version + " make");
            List<String> ups = column(connection, "SELECT revision FROM retort_log WHERE direction = 'up'");
            assertEquals(ups.size(), ups.stream().distinct().count(), what + ": each revision went up once: " + ups);
            assertEquals(rows, MarkedHistory.fingerprint(connection), what + ": every seeded row is there, unchanged");
            for (Path backup : deep ? backups(p) : List.<Path>of()) {
                // A backup is a whole copy, or no file by that name: `restore` would put an empty one back.
                try (Connection copy = MarkedHistory.open(backup)) {
                    assertEquals(List.of("ok"), column(copy, "PRAGMA quick_check"), what + ": backup " + backup);
                    assertEquals(rows, MarkedHistory.fingerprint(copy), what + ": backup " + backup + " holds every row");
                } catch (SQLException e) {
                    throw new AssertionError(what + ": backup " + backup + " (" + Files.size(backup)
                            + " bytes) is not a whole copy: " + e.getMessage(), e);
                }
            }
            return version;
        }
    }

    /** Polls until a file of a backup in progress appears next to the database (true), or the run ends. */
    /** "writing" or "backup": the first of the backup's files the run was seen to have; null when none came. */
    private static String waitForBackupFile(Project p, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        java.util.regex.Pattern backupFile = java.util.regex.Pattern.compile(".*db\\.sqlite3\\.retort-(backup|writing)-.*");
        while (process.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(p.dir())) {
                for (Path file : files.toList()) {
                    java.util.regex.Matcher m = backupFile.matcher(file.getFileName().toString());
                    if (m.matches()) {
                        return m.group(1);
                    }
                }
            }
            Thread.onSpinWait();
        }
        return null;
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static List<Path> backups(Project p) {
        try (Stream<Path> files = Files.list(p.dir())) {
            return files.filter(f -> f.getFileName().toString().startsWith("db.sqlite3.retort-backup-")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts the seeded database back, without the journal, backups or temporary files of an earlier run. */
    private static void reset(Project p, Path pristine) throws IOException {
        try (Stream<Path> files = Files.list(p.dir())) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains("db.sqlite3")).toList()) {
                Files.delete(file);
            }
        }
        Files.copy(pristine, p.database(), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
