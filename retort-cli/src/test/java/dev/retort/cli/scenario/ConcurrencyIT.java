package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight {@code retort upgrade head} processes started at once on one SQLite file: every revision is applied
 * exactly once, all exit 0. The lock is SQLite's write lock ({@code BEGIN IMMEDIATE}); each runner re-reads
 * the version inside it and skips what another applied. On a new database they also race to create the
 * history tables, to compile the revisions into the shared cache, and to write their backups.
 */
class ConcurrencyIT {
    private static final int RUNNERS = 8;
    private static final int REVISIONS = 40;

    private final MarkedHistory history = new MarkedHistory(REVISIONS, 10);

    @Test
    void eightRunnersOnANewDatabaseWithAColdCompileCache(@TempDir Path dir) throws Exception {
        for (int round = 1; round <= 2; round++) {
            Project p = Project.init(Files.createDirectories(dir.resolve("round-" + round)));
            history.write(p);
            assertFalse(Files.exists(p.database()));
            List<String> outputs = runTogether(p);
            check(p, outputs, "round " + round, REVISIONS);
        }
    }

    @Test
    void eightRunnersOnADatabaseHalfwayThroughWithRows(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        history.write(p);
        p.ok("upgrade", MarkedHistory.id(REVISIONS / 2), "--no-backup");
        List<String> rows;
        try (Connection connection = MarkedHistory.open(p.database())) {
            MarkedHistory.seed(connection, 20_000, 5_000);
            rows = MarkedHistory.fingerprint(connection);
        }
        List<String> outputs = runTogether(p);
        check(p, outputs, "halfway", REVISIONS / 2);
        try (Connection connection = MarkedHistory.open(p.database())) {
            assertEquals(rows, MarkedHistory.fingerprint(connection), "no row lost or changed");
        }
    }

    /** Starts the runners as close together as processes allow; returns each one's output after all exit 0. */
    private static List<String> runTogether(Project p) throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < RUNNERS; i++) {
            Path output = p.dir().resolve("runner-" + i + ".txt");
            outputs.add(output);
            processes.add(RetortProcess.start(p.dir(), output, "upgrade", "head"));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < RUNNERS; i++) {
            Process process = processes.get(i);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                processes.forEach(Process::destroyForcibly);
                throw new AssertionError("runner " + i + " did not finish in 5 minutes");
            }
            String text = Files.readString(outputs.get(i));
            assertEquals(0, process.exitValue(), "runner " + i + " failed:\n" + text);
            texts.add(text);
            Files.delete(outputs.get(i));
        }
        return texts;
    }

    /** Checks the database, and that the runners together applied {@code toApply} revisions, each once. */
    private void check(Project p, List<String> outputs, String what, int toApply) throws SQLException, IOException {
        String head = MarkedHistory.id(REVISIONS);
        int applied = 0;
        List<String> backupsPrinted = new ArrayList<>();
        for (String output : outputs) {
            assertTrue(output.strip().endsWith("Database is at " + head), what + ":\n" + output);
            applied += (int) output.lines().filter(l -> l.startsWith("Running upgrade")).count();
            output.lines().filter(l -> l.startsWith("Backup: ")).forEach(backupsPrinted::add);
        }
        assertEquals(toApply, applied, what + ": the runners applied each pending revision once between them");
        try (Connection connection = MarkedHistory.open(p.database())) {
            assertEquals(List.of("ok"), column(connection, "PRAGMA integrity_check"), what);
            assertEquals(List.of(head), column(connection, "SELECT version_num FROM retort_version"), what);
            List<String> ups = column(connection, "SELECT revision FROM retort_log WHERE direction = 'up' ORDER BY revision");
            assertEquals(IntStream.rangeClosed(1, REVISIONS).mapToObj(MarkedHistory::id).toList(), ups,
                    what + ": exactly one 'up' row per revision");
            assertEquals(history.expected(REVISIONS), MarkedHistory.actual(connection), what + ": the schema");
        }
        assertEquals(backupsPrinted.size(), backupsPrinted.stream().distinct().count(),
                what + ": every runner wrote its own backup: " + backupsPrinted);
        try (Stream<Path> files = Files.list(p.dir())) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.contains("retort-writing")), what + ": no half-written backup left");
            for (String name : names.stream().filter(n -> n.startsWith("db.sqlite3.retort-backup-")).toList()) {
                try (Connection backup = MarkedHistory.open(p.dir().resolve(name))) {
                    assertEquals(List.of("ok"), column(backup, "PRAGMA quick_check"), what + ": backup " + name);
                }
            }
        }
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
}
