package dev.retort.api;

import dev.retort.config.Secrets;
import dev.retort.config.ConfigFile;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java API an application calls at start-up, on a URL and on its own DataSource. */
class RetortApiTest {

    private static Path project(Path dir) throws Exception {
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        Files.writeString(versions.resolve("000000000001_create_users.java"), """
                // Revision: 000000000001
                // Revises:
                // Message: create users

                import dev.retort.ops.*;
                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class CreateUsers implements Migration {
                    public void upgrade(Ops op) { op.createTable("users", column("id", INTEGER).primaryKey()); }
                    public void downgrade(Ops op) { op.dropTable("users"); }
                }
                """);
        Files.writeString(versions.resolve("000000000002_add_email.sql"), """
                -- Revision: 000000000002
                -- Revises: 000000000001
                -- Message: add email to users

                -- retort:upgrade
                ALTER TABLE users ADD COLUMN email VARCHAR(200);
                -- retort:downgrade
                ALTER TABLE users DROP COLUMN email;
                """);
        return dir.resolve("migrations");
    }

    private static boolean hasTable(String url, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rows = c.getMetaData().getTables(null, null, table, null)) {
            return rows.next();
        }
    }

    @Test
    void upgradeDowngradeCurrentAndHeadsOnAUrl(@TempDir Path dir) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Retort retort = Retort.open(RetortConfig.builder().projectDir(dir).url(url).scriptLocation(project(dir)).build());
        assertEquals(List.of("000000000002"), retort.heads());
        assertEquals(List.of(), retort.current());
        assertFalse(Files.exists(dir.resolve("app.db")), "asking for current does not create the database");

        MigrationResult up = retort.upgrade("head");
        assertEquals(2, up.steps().size());
        assertEquals(List.of("000000000002"), up.current());
        assertEquals(null, up.backup(), "a database this upgrade created has nothing to back up");
        assertTrue(hasTable(url, "users"));

        MigrationResult down = retort.downgrade("base");
        assertEquals(List.of(), down.current());
        assertNotNull(down.backup(), "a changing downgrade of a file database is backed up first");
        assertFalse(hasTable(url, "users"));
    }

    @Test
    void runsOnTheApplicationsDataSource(@TempDir Path dir) throws Exception {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("pool.db"));
        Retort retort = Retort.open(dataSource, project(dir));
        retort.upgrade("000000000001");
        assertEquals(List.of("000000000001"), retort.current());
        retort.upgrade("head");
        assertEquals(List.of("000000000002"), retort.current());
        assertTrue(hasTable("jdbc:sqlite:" + dir.resolve("pool.db"), "users"));
    }

    @Test
    void configPrecedenceIsCommandLineThenEnvironmentThenFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, "[retort]\nurl = \"jdbc:sqlite:from-file.db\"\n");
        assertEquals("jdbc:sqlite:" + dir.resolve("from-file.db"), Retort.loadConfig(file, null, Map.of()).url(),
                "relative SQLite paths resolve against the file's directory");
        assertEquals("jdbc:sqlite:/env.db", Retort.loadConfig(file, null, Map.of("RETORT_URL", "jdbc:sqlite:/env.db")).url());
        assertEquals("jdbc:sqlite:/cli.db",
                Retort.loadConfig(file, "jdbc:sqlite:/cli.db", Map.of("RETORT_URL", "jdbc:sqlite:/env.db")).url());
    }

    @Test
    void badConfigurationFilesNameTheFileAndTheKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("retort.toml");
        Files.writeString(file, "[retort]\nurll = \"jdbc:sqlite:x.db\"\n");
        RetortException unknown = assertThrows(RetortException.class, () -> Retort.loadConfig(file, null, Map.of()));
        assertTrue(unknown.getMessage().contains("retort.toml:2: unknown key 'urll' in [retort]"), unknown.getMessage());
        Files.writeString(file, "[sqlite]\nforeign_keys = \"yes\"\n");
        RetortException type = assertThrows(RetortException.class, () -> Retort.loadConfig(file, null, Map.of()));
        assertTrue(type.getMessage().contains("retort.toml:2: sqlite.foreign_keys must be true or false"),
                type.getMessage());
        Files.writeString(file, "[retort\nurl = 1\n");
        RetortException syntax = assertThrows(RetortException.class, () -> Retort.loadConfig(file, null, Map.of()));
        assertTrue(syntax.getMessage().contains("retort.toml:1: not valid TOML"), syntax.getMessage());
        Files.writeString(file, "# Retort\n[retort]\nscript_location = \"migrations\"\nurl = jdbc\n[sqlite]\n");
        RetortException value = assertThrows(RetortException.class, () -> Retort.loadConfig(file, null, Map.of()));
        assertTrue(value.getMessage().contains("retort.toml:4: not valid TOML"), value.getMessage());
        Files.writeString(file, "[retort]\nurl = \"jdbc:sqlite:x.db\"\n\n[sqlight]\nfoo = 1\n");
        RetortException section = assertThrows(RetortException.class, () -> Retort.loadConfig(file, null, Map.of()));
        assertTrue(section.getMessage().contains("retort.toml:4: unknown section [sqlight]"), section.getMessage());
    }

    @Test
    void passwordsAreMaskedInEveryForm() {
        Secrets secrets = new Secrets("jdbc:postgresql://app:hunter22@db.example/app");
        assertEquals("jdbc:postgresql://app:***@db.example/app", secrets.redact("jdbc:postgresql://app:hunter22@db.example/app"));
        assertEquals("jdbc:mariadb://h/db?user=root&password=***", secrets.redact("jdbc:mariadb://h/db?user=root&password=s3cret"));
        assertEquals("login failed with ***", secrets.redact("login failed with hunter22"));
    }
}
