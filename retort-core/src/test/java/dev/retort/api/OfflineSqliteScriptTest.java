package dev.retort.api;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.RevisionFiles;
import dev.retort.script.SqlStatements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code upgrade --sql} on SQLite, run as a person runs it: with the sqlite3 shell when it is installed (else
 * statement by statement through JDBC, stopping at the first error as {@code sqlite3 -bail} does).
 */
class OfflineSqliteScriptTest {
    private static final String FIRST = "000000000001";
    private static final String SECOND = "000000000002";

    private static Retort project(Path dir) throws Exception {
        new RevisionFiles(dir)
                .java(FIRST, "", "create parents and children",
                        "op.createTable(\"parents\", column(\"id\", INTEGER).primaryKey());"
                                + " op.createTable(\"children\", column(\"id\", INTEGER).primaryKey(),"
                                + " column(\"parent_id\", INTEGER).references(\"parents\", \"id\"));",
                        "op.dropTable(\"children\"); op.dropTable(\"parents\");")
                .java(SECOND, FIRST, "add children name",
                        "op.addColumn(\"children\", column(\"name\", TEXT));", "op.dropColumn(\"children\", \"name\");");
        return Retort.open(RetortConfig.builder().projectDir(dir).scriptLocation(dir.resolve("migrations"))
                .url("jdbc:sqlite:" + dir.resolve("app.db")).build());
    }

    private static void sql(Path db, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static List<String> column(Path db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Exit status of running {@code script} on {@code db}: 0 when every statement ran. */
    private static int runScript(Path db, String script, boolean bail) throws Exception {
        if (sqlite3Shell() != null) {
            Path file = Files.writeString(db.resolveSibling("script.sql"), script);
            List<String> command = new ArrayList<>(List.of(sqlite3Shell()));
            if (bail) {
                command.add("-bail");
            }
            command.add(db.toString());
            Process shell = new ProcessBuilder(command).redirectInput(file.toFile()).redirectErrorStream(true).start();
            String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(shell.waitFor(1, TimeUnit.MINUTES), "sqlite3 hung");
            System.out.println("sqlite3" + (bail ? " -bail" : "") + ": exit " + shell.exitValue() + "\n" + output);
            return shell.exitValue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : SqlStatements.split(script)) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    return 1;
                }
            }
        }
        return 0;
    }

    private static String sqlite3Shell() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "sqlite3");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    @Test
    void theScriptStopsBeforeCommitWhenTheForeignKeyCheckFindsADanglingRow(@TempDir Path dir) throws Exception {
        Retort retort = project(dir);
        retort.upgrade(FIRST);
        Path db = dir.resolve("app.db");
        sql(db, "INSERT INTO children (id, parent_id) VALUES (1, 99)");
        String script = retort.upgradeSql(FIRST + ":" + SECOND);

        assertNotEquals(0, runScript(db, script, true), "the check is an error that stops the script");
        assertEquals(List.of(FIRST), column(db, "SELECT version_num FROM retort_version"));
        assertEquals(List.of("id", "parent_id"), column(db, "SELECT name FROM pragma_table_info('children')"),
                "the revision's change was not committed");
    }

    @Test
    void withoutBailTheFailedCheckStillRollsTheRevisionBack(@TempDir Path dir) throws Exception {
        Retort retort = project(dir);
        retort.upgrade(FIRST);
        Path db = dir.resolve("app.db");
        sql(db, "INSERT INTO children (id, parent_id) VALUES (1, 99)");
        String script = retort.upgradeSql(FIRST + ":" + SECOND);

        runScript(db, script, false);

        assertEquals(List.of(FIRST), column(db, "SELECT version_num FROM retort_version"));
        assertEquals(List.of("id", "parent_id"), column(db, "SELECT name FROM pragma_table_info('children')"));
    }

    @Test
    void aCleanDatabaseTakesTheScriptAndItsLogHasNoMadeUpDurationOrUser(@TempDir Path dir) throws Exception {
        Retort retort = project(dir);
        retort.upgrade(FIRST);
        Path db = dir.resolve("app.db");
        String script = retort.upgradeSql(FIRST + ":" + SECOND);
        assertTrue(script.contains("', NULL, '"), "duration_ms is NULL in the script:\n" + script);

        assertEquals(0, runScript(db, script, true));

        assertEquals(List.of(SECOND), column(db, "SELECT version_num FROM retort_version"));
        assertEquals(List.of("id", "parent_id", "name"), column(db, "SELECT name FROM pragma_table_info('children')"));
        List<String> offlineRow = column(db, "SELECT coalesce(duration_ms, 'null') || ' ' || coalesce(applied_by, 'null')"
                + " FROM retort_log WHERE revision = '" + SECOND + "'");
        assertEquals(List.of("null null"), offlineRow);
        List<String> onlineRow = column(db, "SELECT applied_by FROM retort_log WHERE revision = '" + FIRST + "'");
        assertEquals(List.of(System.getProperty("user.name")), onlineRow, "an online run does know who ran it");
    }
}
