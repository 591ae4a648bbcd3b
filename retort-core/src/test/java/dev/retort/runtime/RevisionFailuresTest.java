package dev.retort.runtime;

import dev.retort.api.MigrationResult;
import dev.retort.api.Retort;
import dev.retort.api.RunOptions;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.RevisionFiles;
import dev.retort.dialect.sqlite.SqliteSettings;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failures that must leave the database as it was and say, in one line, which revision and where. */
class RevisionFailuresTest {
    private static final String CREATE_NOTES = "op.createTable(\"notes\", column(\"id\", INTEGER).primaryKey(),"
            + " column(\"body\", TEXT));";

    private static Retort retort(Path dir) {
        return Retort.open(RetortConfig.builder().projectDir(dir).url("jdbc:sqlite:" + dir.resolve("app.db")).build());
    }

    @Test
    void aSqlRevisionThatControlsTheTransactionIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        for (String control : List.of("COMMIT", "BEGIN", "END", "SAVEPOINT s", "RELEASE s", "ROLLBACK")) {
            Path project = Files.createDirectories(dir.resolve(control.replace(' ', '_')));
            new RevisionFiles(project).sql("000000000001", "", "two tables",
                    "CREATE TABLE a (x INT);\n" + control + ";\nCREATE TABLE b (y INT);", "DROP TABLE b;\nDROP TABLE a;");
            RetortException refused = assertThrows(RetortException.class, () -> retort(project).upgrade("head"));
            String file = project.resolve("migrations/versions/000000000001_two_tables.sql").toString();
            assertTrue(refused.getMessage().startsWith(file + ":6: " + control.split(" ")[0] + " controls the transaction"),
                    refused.getMessage());
            assertEquals(List.of(), tables(project), control + ": nothing ran, not even Retort's own tables");
        }
    }

    @Test
    void anErrorThrownByRevisionCodeIsOneLineNamingTheRevisionFileAndLineAndRollsBack(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create notes", CREATE_NOTES, "op.dropTable(\"notes\");")
                .java("000000000002", "000000000001", "asserts",
                        "op.createTable(\"half\", column(\"id\", INTEGER)); if (op != null) throw new AssertionError(\"notes must be empty\");",
                        "op.dropTable(\"half\");");
        RetortException failure = assertThrows(RetortException.class, () -> retort(dir).upgrade("head"));
        assertEquals("upgrade of revision 000000000002 (000000000002_asserts.java) failed: the revision's code failed"
                + " at line 12: notes must be empty (AssertionError)", failure.getMessage());
        assertEquals(List.of("000000000001"), retort(dir).current());
        assertEquals(List.of("notes", "retort_log", "retort_version"), tables(dir), "the failing revision rolled back");
    }

    @Test
    void aFailingStaticInitializerIsNamedWithItsLineAndNothingRuns(@TempDir Path dir) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("000000000001_static.java"), """
                // Revision: 000000000001
                // Revises:
                // Message: static

                import dev.retort.ops.*;

                class Static implements Migration {
                    static final int LIMIT = Integer.parseInt("not a number");

                    public void upgrade(Ops op) { op.execute("CREATE TABLE t (x INT)"); }

                    public void downgrade(Ops op) { op.execute("DROP TABLE t"); }
                }
                """);
        RetortException failure = assertThrows(RetortException.class, () -> retort(dir).upgrade("head"));
        assertTrue(failure.getMessage().startsWith(versions.resolve("000000000001_static.java")
                + ": cannot create Static: its static initializer failed at line 8: For input string"), failure.getMessage());
        assertFalse(failure.getMessage().contains("\n"));
        assertFalse(tables(dir).contains("t"));
    }

    @Test
    void aRebuildThatRunsOutOfSpaceNamesTheRevisionAndTheTableAndChangesNothing(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create notes", CREATE_NOTES, "op.dropTable(\"notes\");")
                .java("000000000002", "000000000001", "body required",
                        "op.alterColumn(\"notes\", \"body\", change().nullable(false).serverDefault(\"''\"));",
                        "op.alterColumn(\"notes\", \"body\", change().nullable(true));");
        retort(dir).upgrade("000000000001");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement()) {
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                    + " INSERT INTO notes SELECT i, hex(randomblob(40)) FROM n");
        }
        long pages = count(dir, "PRAGMA page_count");
        SQLiteDataSource full = new SQLiteDataSource();
        full.setUrl("jdbc:sqlite:" + dir.resolve("app.db"));
        // A database that may not grow by half again: the rebuild's second copy of notes does not fit.
        full.setMaxPageCount((int) (pages + pages / 2));
        Retort onFullDisk = Retort.open(full, dir.resolve("migrations"));
        RetortException failure = assertThrows(RetortException.class, () -> onFullDisk.upgrade("head"));
        assertTrue(failure.getMessage().startsWith("upgrade of revision 000000000002 (000000000002_body_required.java)"
                + " failed: rebuilding table notes ran out of space"), failure.getMessage());
        assertTrue(failure.getMessage().contains("nothing was changed"), failure.getMessage());
        assertEquals(List.of("000000000001"), retort(dir).current());
        assertEquals(20000L, count(dir, "SELECT count(*) FROM notes WHERE body IS NOT NULL"));
        assertEquals(List.of("notes", "retort_log", "retort_version"), tables(dir), "no half-built table is left");
    }

    @Test
    void keepBackupsZeroKeepsTheBackupUntilTheRunHasSucceeded(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create notes", CREATE_NOTES, "op.dropTable(\"notes\");")
                .java("000000000002", "000000000001", "add tag", "op.addColumn(\"notes\", column(\"tag\", TEXT));",
                        "op.dropColumn(\"notes\", \"tag\");")
                .java("000000000003", "000000000002", "broken", "op.execute(\"ALTER TABLE nope ADD x INT\");", "");
        Retort keepNone = Retort.open(RetortConfig.builder().projectDir(dir).url("jdbc:sqlite:" + dir.resolve("app.db"))
                .dialectSettings("sqlite", new SqliteSettings(true, "auto", 0)).build());
        keepNone.upgrade("000000000001");
        List<Path> announced = new ArrayList<>();
        List<Path> discarded = new ArrayList<>();
        RunOptions watching = RunOptions.DEFAULTS.withListener(new MigrationListener() {
            @Override
            public void backupWritten(Path backup) {
                announced.add(backup);
            }

            @Override
            public void backupDiscarded(Path backup) {
                discarded.add(backup);
            }
        });
        MigrationResult done = keepNone.upgrade("000000000002", watching);
        assertNull(done.backup(), "no backup is kept after a successful run");
        assertEquals(announced, discarded, "the one announced was said to be removed");
        assertEquals(List.of(), backups(dir));

        assertThrows(RetortException.class, () -> keepNone.upgrade("head", watching));
        assertEquals(2, announced.size());
        assertEquals(List.of(announced.get(1)), backups(dir), "a failed run keeps the backup it announced");
    }

    private static List<Path> backups(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".retort-backup-")).toList();
        }
    }

    private static List<String> tables(Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        if (!Files.exists(dir.resolve("app.db"))) {
            return names;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static long count(Path dir, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
