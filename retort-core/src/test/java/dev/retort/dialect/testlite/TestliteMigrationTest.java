package dev.retort.dialect.testlite;

import dev.retort.api.MigrationResult;
import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.RevisionFiles;
import dev.retort.error.RetortException;
import dev.retort.spi.DialectRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migration workflow through the {@link Retort} facade on a dialect that generic code has never heard of:
 * it is found through ServiceLoader, its section of retort.toml is read by it, and what it can do (rebuilds,
 * offline replay, rehearsals; no file backups) is decided by its capabilities.
 */
class TestliteMigrationTest {
    private static final String CREATE = "op.createTable(\"teams\", column(\"id\", INTEGER).primaryKey());"
            + " op.createTable(\"users\", column(\"id\", INTEGER).primaryKey(), column(\"name\", string(50)),"
            + " column(\"team_id\", INTEGER).references(\"teams\", \"id\"));"
            + " op.bulkInsert(\"teams\", java.util.List.of(java.util.Map.of(\"id\", 1)));"
            + " op.bulkInsert(\"users\", java.util.List.of(java.util.Map.of(\"id\", 1, \"name\", \"ada\", \"team_id\", 1)));";
    private static final String DROP = "op.dropTable(\"users\"); op.dropTable(\"teams\");";
    /** Changing a type and nullability needs a rebuild of users, which teams' rows must survive, and users' too. */
    private static final String REBUILD = "op.alterColumn(\"users\", \"name\", change().type(TEXT).nullable(false));";
    private static final String UNDO_REBUILD = "op.alterColumn(\"users\", \"name\", change().type(string(50)).nullable(true));";

    private static Retort retort(Path dir) {
        return Retort.open(RetortConfig.builder().projectDir(dir).url("jdbc:testlite:" + dir.resolve("app.db")).build());
    }

    @Test
    void theRegistryFindsItThroughServiceLoader() {
        assertEquals("testlite", DialectRegistry.installed().forUrl("jdbc:testlite:x.db").name());
    }

    @Test
    void upgradesRebuildsAndDowngradesKeepingRows(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE, DROP)
                .java("000000000002", "000000000001", "name required", REBUILD, UNDO_REBUILD);
        Retort retort = retort(dir);
        MigrationResult up = retort.upgrade("head");
        assertEquals(List.of("000000000002"), up.current());
        assertNull(up.backup(), "the dialect has no file backups");
        assertEquals(List.of("1|ada|1"), rows(dir, "SELECT id || '|' || name || '|' || team_id FROM users"));
        assertTrue(schema(dir, "users").contains("TEXT NOT NULL"), schema(dir, "users"));

        retort.downgrade("-1");
        assertEquals(List.of("000000000001"), retort.current());
        assertEquals(List.of("1|ada|1"), rows(dir, "SELECT id || '|' || name || '|' || team_id FROM users"));
        retort.downgrade("base");
        assertEquals(List.of(), rows(dir, "SELECT name FROM sqlite_master WHERE name IN ('users', 'teams')"));
    }

    @Test
    void aFailingRevisionRollsBackAlone(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE, DROP)
                .java("000000000002", "000000000001", "broken",
                        "op.createTable(\"half\", column(\"id\", INTEGER)); op.execute(\"ALTER TABLE nope ADD x INT\");",
                        "op.dropTable(\"half\");");
        Retort retort = retort(dir);
        RetortException failure = assertThrows(RetortException.class, () -> retort.upgrade("head"));
        assertTrue(failure.getMessage().contains("upgrade of revision 000000000002"), failure.getMessage());
        assertEquals(List.of("000000000001"), retort.current());
        assertEquals(List.of(), rows(dir, "SELECT name FROM sqlite_master WHERE name = 'half'"));
    }

    @Test
    void offlineSqlReplaysOnTheDialectsScratchDatabase(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE, DROP)
                .java("000000000002", "000000000001", "name required", REBUILD, UNDO_REBUILD);
        String sql = retort(dir).upgradeSql("000000000001:head");
        assertTrue(sql.contains("CREATE TABLE \"_retort_new_users\"") || sql.contains("CREATE TABLE _retort_new_users"),
                sql);
        assertTrue(Files.notExists(dir.resolve("app.db")), "--sql never opens the database");
    }

    @Test
    void rehearsesAndRefusesBackupsItDoesNotHave(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .java("000000000001", "", "create users", CREATE, DROP)
                .java("000000000002", "000000000001", "name required", REBUILD, UNDO_REBUILD);
        Retort retort = retort(dir);
        retort.upgrade("000000000001");
        var report = retort.rehearse(false);
        assertTrue(report.database().startsWith("a copy of "), report.database());
        assertEquals(List.of("000000000001", "000000000002"),
                report.revisions().stream().map(r -> r.revision()).toList());
        assertTrue(!report.failed(), report.toString());
        assertEquals(List.of("000000000001"), retort.current(), "the rehearsal ran on a copy");
        RetortException backup = assertThrows(RetortException.class, retort::backup);
        assertTrue(backup.getMessage().startsWith("backups are for SQLite database files"), backup.getMessage());
    }

    @Test
    void readsItsOwnSectionOfTheConfigurationFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, "[retort]\nurl = \"jdbc:testlite:app.db\"\n[testlite]\nforeign_keys = false\n");
        RetortConfig config = Retort.loadConfig(file, null, Map.of());
        assertEquals("jdbc:testlite:" + dir.resolve("app.db"), config.url(), "its relative file resolves too");
        Files.writeString(file, "[testlite]\nforeign_keys = 1\n");
        RetortException bad = assertThrows(RetortException.class, () -> Retort.loadConfig(file, null, Map.of()));
        assertTrue(bad.getMessage().contains("retort.toml:2: testlite.foreign_keys must be true or false"),
                bad.getMessage());
    }

    private static List<String> rows(Path dir, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static String schema(Path dir, String table) throws Exception {
        return rows(dir, "SELECT sql FROM sqlite_master WHERE name = '" + table + "'").get(0);
    }
}
