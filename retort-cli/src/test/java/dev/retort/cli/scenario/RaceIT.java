package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight {@code retort upgrade head} processes start together against a history whose second revision fails
 * half-way: a data statement runs, then a statement fails. The migration lock is taken before the version rows and
 * the dirty marks are read, so the failing revision runs once (its data statement's row is there once), leaves one
 * dirty mark, and the seven other runners stop at that mark with the dirty-revision refusal. On SQLite and
 * PostgreSQL the revision runs outside a transaction ({@code Transaction: none}), so its first statement stays as
 * on MariaDB, where DDL commits it.
 */
class RaceIT {
    private static final int RUNNERS = 8;
    private static final String FIRST = "aaa000000001";
    private static final String FAILING = "aaa000000002";
    private static final String LAST = "aaa000000003";

    /** The history on a database whose DDL rolls back: the failing revision is marked to run outside a transaction. */
    private static void outsideTransactionHistory(Project p) {
        p.write(FIRST + "_side_effects.sql", header(FIRST, "", "") + "-- retort:upgrade\n"
                + "CREATE TABLE side_effects (n INTEGER);\n-- retort:downgrade\nDROP TABLE side_effects;\n");
        p.write(FAILING + "_fails_half_way.sql", header(FAILING, FIRST, "-- Transaction: none\n") + "-- retort:upgrade\n"
                + "INSERT INTO side_effects (n) VALUES (1);\nINSERT INTO no_such_table VALUES (1);\n"
                + "-- retort:downgrade\nDELETE FROM side_effects;\n");
        last(p);
    }

    /** On MariaDB the revision is an ordinary one: its CREATE TABLE commits the INSERT before it. */
    private static void mariadbHistory(Project p) {
        p.write(FIRST + "_side_effects.sql", header(FIRST, "", "") + "-- retort:upgrade\n"
                + "CREATE TABLE side_effects (id INT AUTO_INCREMENT PRIMARY KEY, n INT);\n"
                + "-- retort:downgrade\nDROP TABLE side_effects;\n");
        p.write(FAILING + "_fails_half_way.sql", header(FAILING, FIRST, "") + "-- retort:upgrade\n"
                + "INSERT INTO side_effects (n) VALUES (1);\nCREATE TABLE side_copy (id INT PRIMARY KEY);\n"
                + "INSERT INTO no_such_table VALUES (1);\n-- retort:downgrade\nDROP TABLE side_copy;\n");
        last(p);
    }

    private static void last(Project p) {
        p.write(LAST + "_never_reached.sql", header(LAST, FAILING, "") + "-- retort:upgrade\n"
                + "CREATE TABLE never_reached (n INTEGER);\n-- retort:downgrade\nDROP TABLE never_reached;\n");
    }

    private static String header(String id, String parent, String extra) {
        return "-- Revision: " + id + "\n-- Revises: " + parent + "\n" + extra + "-- Message: revision " + id + "\n";
    }

    @Test
    void onSqliteTheFailingRevisionRunsOnceAndSevenRunnersRefuseItsDirtyMark(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        outsideTransactionHistory(p);
        p.ok("current");
        List<String> outputs = race(p, runner -> new String[]{"upgrade", "head", "--no-backup"});
        check(outputs, sql -> p.query(sql));
    }

    @Test
    void onPostgresqlTheFailingRevisionRunsOnceAndSevenRunnersRefuseItsDirtyMark(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        outsideTransactionHistory(p);
        try (PostgresServer db = PostgresServer.createDatabase()) {
            List<String> outputs = race(p, runner -> new String[]{"upgrade", "head", "--url", db.url()});
            check(outputs, db::query);
        }
    }

    @Test
    void onMariadbTheFailingRevisionRunsOnceAndSevenRunnersRefuseItsDirtyMark(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        mariadbHistory(p);
        try (MariadbServer db = MariadbServer.createDatabase()) {
            List<String> outputs = race(p, runner -> new String[]{"upgrade", "head", "--url", db.url("mariadb")});
            check(outputs, db::query);
        }
    }

    @Test
    void onGaleraRunnersOnThreeNodesRunTheFailingRevisionOnceAndEveryNodeRefusesItsDirtyMark(@TempDir Path dir)
            throws Exception {
        Project p = Project.init(dir);
        mariadbHistory(p);
        try (GaleraCluster cluster = GaleraCluster.createDatabase()) {
            List<String> outputs = race(p, runner -> new String[]{"upgrade", "head", "--url",
                    cluster.url(runner % GaleraCluster.NODES)});
            for (int node = 0; node < GaleraCluster.NODES; node++) {
                int n = node;
                check(outputs, sql -> cluster.query(n, sql));
                RetortProcess.Result again = p.fails(1, "upgrade", "head", "--url", cluster.url(node));
                assertTrue(again.all().contains("revision " + FAILING + " is dirty"), "node " + (node + 1) + ": " + again);
                assertTrue(p.ok("current", "--url", cluster.url(node)).all().contains(FAILING), "node " + (node + 1));
            }
        }
    }

    @Test
    void onGaleraEightRunnersOnThreeNodesApplyEachRevisionOnce(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        int revisions = 6;
        for (int r = 1; r <= revisions; r++) {
            String id = String.format("bbb%09d", r);
            String parent = r == 1 ? "" : String.format("bbb%09d", r - 1);
            p.write(id + "_table_" + r + ".sql", header(id, parent, "") + "-- retort:upgrade\nCREATE TABLE t" + r
                    + " (id INT PRIMARY KEY);\nDO SLEEP(0.05);\n-- retort:downgrade\nDROP TABLE t" + r + ";\n");
        }
        try (GaleraCluster cluster = GaleraCluster.createDatabase()) {
            List<Process> processes = start(p, runner -> new String[]{"upgrade", "head", "--url",
                    cluster.url(runner % GaleraCluster.NODES)});
            int applied = 0;
            for (String output : finish(p, processes)) {
                assertTrue(output.contains("Database is at bbb" + String.format("%09d", revisions)), output);
                applied += (int) output.lines().filter(l -> l.startsWith("Running upgrade")).count();
            }
            assertEquals(revisions, applied, "the runners applied each revision once between them");
            for (int node = 0; node < GaleraCluster.NODES; node++) {
                assertEquals(List.of(String.valueOf(revisions)), cluster.query(node,
                        "SELECT count(*) FROM retort_log WHERE direction = 'up' AND status = 'ok'"), "node " + (node + 1));
                assertEquals(List.of(), cluster.query(node, "SELECT name FROM retort_lock"), "the lock row is gone");
            }
        }
    }

    @Test
    void onGaleraALockRowOfAKilledRunnerIsTakenOverOnItsNodeAndNamedFromAnother(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        Files.writeString(p.dir().resolve("retort.toml"), "\n[mysql]\nlock_wait_seconds = 2\n",
                java.nio.file.StandardOpenOption.APPEND);
        p.write(FIRST + "_side_effects.sql", header(FIRST, "", "") + "-- retort:upgrade\n"
                + "CREATE TABLE side_effects (id INT AUTO_INCREMENT PRIMARY KEY, n INT);\n"
                + "-- retort:downgrade\nDROP TABLE side_effects;\n");
        try (GaleraCluster cluster = GaleraCluster.createDatabase()) {
            p.ok("upgrade", FIRST, "--url", cluster.url(0));
            String lock = "retort." + cluster.name();
            // A runner on node 1 whose connection is gone: node 1 can tell, and takes the row over.
            cluster.exec(0, "INSERT INTO retort_lock VALUES ('" + lock + "', 'killed', 'node1', 999999, '2026-01-01T00:00:00Z')");
            p.write(FAILING + "_second.sql", header(FAILING, FIRST, "") + "-- retort:upgrade\n"
                    + "CREATE TABLE second_table (id INT PRIMARY KEY);\n-- retort:downgrade\nDROP TABLE second_table;\n");
            p.ok("upgrade", "head", "--url", cluster.url(0));
            assertEquals(List.of(), cluster.query(1, "SELECT name FROM retort_lock"));
            // The same row seen from node 2: its connection is on another node, so it stays, and the error names it.
            cluster.exec(0, "INSERT INTO retort_lock VALUES ('" + lock + "', 'killed', 'node1', 999999, '2026-01-01T00:00:00Z')");
            RetortProcess.Result waited = p.fails(1, "downgrade", "base", "--url", cluster.url(1));
            assertTrue(waited.err().contains("could not take the migration lock '" + lock + "' of the Galera cluster within"
                    + " 2 s: the row in retort_lock is held by node node1 (connection 999999) since 2026-01-01T00:00:00Z;"
                    + " if no Retort run is alive there, delete that row"), waited.toString());
            assertEquals(List.of(FAILING), cluster.query(1, "SELECT version_num FROM retort_version"), "nothing ran");
        }
    }

    /** What every dialect's race must show: one run of the failing revision, one mark, seven refusals. */
    private static void check(List<String> outputs, Function<String, List<String>> query) {
        assertEquals(List.of("1"), query.apply("SELECT count(*) FROM side_effects"),
                "the failing revision's data statement ran once: " + outputs);
        assertEquals(List.of(FAILING), query.apply("SELECT revision FROM retort_log WHERE status = 'dirty'"),
                "exactly one dirty mark");
        assertEquals(List.of(FIRST), query.apply("SELECT version_num FROM retort_version"));
        long failed = outputs.stream().filter(o -> o.contains("upgrade of revision " + FAILING)
                && o.contains("no_such_table") && o.contains("revision " + FAILING + " is marked dirty")).count();
        long refused = outputs.stream().filter(o -> o.contains("revision " + FAILING + " is dirty: its upgrade failed"
                + " half-way")).count();
        assertEquals(1, failed, "one runner ran the revision and failed: " + outputs);
        assertEquals(RUNNERS - 1, refused, "the seven others refused the dirty mark: " + outputs);
    }

    /** Runs the processes together; every one must exit 1. Returns their outputs. */
    private static List<String> race(Project p, IntFunction<String[]> args) throws IOException, InterruptedException {
        List<Process> processes = start(p, args);
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < RUNNERS; i++) {
            Process process = processes.get(i);
            String output = await(p, process, i);
            assertEquals(1, process.exitValue(), "runner " + i + ":\n" + output);
            outputs.add(output);
        }
        return outputs;
    }

    private static List<Process> start(Project p, IntFunction<String[]> args) throws IOException {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < RUNNERS; i++) {
            processes.add(RetortProcess.start(p.dir(), p.dir().resolve("runner-" + i + ".txt"), args.apply(i)));
        }
        return processes;
    }

    /** Waits for all; every one must exit 0. */
    private static List<String> finish(Project p, List<Process> processes) throws IOException, InterruptedException {
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            String output = await(p, processes.get(i), i);
            assertEquals(0, processes.get(i).exitValue(), "runner " + i + ":\n" + output);
            outputs.add(output);
        }
        return outputs;
    }

    private static String await(Project p, Process process, int i) throws IOException, InterruptedException {
        Path output = p.dir().resolve("runner-" + i + ".txt");
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            // A thread dump (SIGQUIT) lands in the runner's output: the failure then shows where it hung.
            new ProcessBuilder("kill", "-QUIT", String.valueOf(process.pid())).start().waitFor();
            Thread.sleep(1000);
            process.destroyForcibly();
            StringBuilder others = new StringBuilder();
            try (var files = Files.list(p.dir())) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("runner-")).sorted().toList()) {
                    others.append("\n--- ").append(file.getFileName()).append('\n').append(Files.readString(file));
                }
            }
            throw new AssertionError("runner " + i + " did not finish in 3 minutes; the runners' outputs (its own with"
                    + " its threads):" + others);
        }
        String text = Files.readString(output);
        Files.delete(output);
        return text;
    }
}
