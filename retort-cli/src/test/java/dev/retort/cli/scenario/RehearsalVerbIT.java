package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `retort test` rehearses the history on a copy of the database: it passes a correct history and finds a
 * downgrade that does not undo its upgrade, rows lost in an unrelated table and a broken foreign key, each
 * time leaving the database file byte for byte as it was.
 */
class RehearsalVerbIT {
    private static final String ADD_EMAIL = "op.addColumn(\"users\", column(\"email\", string(200)));";
    private static final String INDEX_EMAIL = "op.createIndex(\"ix_users_email\", \"users\", \"email\");";

    @Test
    void aCorrectHistoryPasses(@TempDir Path dir) throws Exception {
        Project p = usersPostsAndAuditWithRows(dir);
        p.revision("000000000002", "000000000001", "add email to users", ADD_EMAIL + " " + INDEX_EMAIL,
                "op.dropIndex(\"ix_users_email\"); op.dropColumn(\"users\", \"email\");");
        String before = sha256(p.database());

        var result = p.ok("test");

        List<String> lines = result.out().lines().toList();
        assertTrue(lines.contains("Rehearsing on a copy of " + p.database().toRealPath()), result.out());
        assertTrue(lines.contains("models: not configured"), result.out());
        assertEquals("REVISION      UP  DOWN  ROWS KEPT  VERDICT", lines.get(2));
        assertEquals("000000000001  ok  ok    yes        ok", lines.get(3));
        assertEquals("000000000002  ok  ok    yes        ok", lines.get(4));
        assertEquals("2 revisions: 2 ok, 0 failed, 0 skipped", lines.get(5));
        assertEquals(before, sha256(p.database()));
        assertEquals(List.of("000000000001"), p.versionRows(), "the database is where it was");
        var json = p.ok("test", "--json");
        assertTrue(json.out().contains("\"failed\": false") && json.out().contains("\"rows_kept\": \"yes\""), json.out());
    }

    @Test
    void aDowngradeThatDoesNotUndoItsUpgradeFails(@TempDir Path dir) throws Exception {
        Project p = usersPostsAndAuditWithRows(dir);
        p.revision("000000000002", "000000000001", "add email to users", ADD_EMAIL + " " + INDEX_EMAIL,
                "op.dropIndex(\"ix_users_email\");");
        String before = sha256(p.database());

        var result = p.fails(3, "test");

        assertTrue(result.out().lines().anyMatch(l -> l.matches("000000000002 +FAIL +FAIL +yes +FAIL")), result.out());
        assertTrue(result.out().contains("the downgrade does not undo the upgrade: table users: column email is new"),
                result.out());
        assertTrue(result.out().contains("upgrade after the downgrade: table users: column email already exists"),
                result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.matches("000000000001 +ok +ok +yes +ok")), result.out());
        assertTrue(result.err().contains("test failed: 1 revision did not pass"), result.err());
        assertEquals(before, sha256(p.database()));
    }

    @Test
    void rowsLostInAnUnrelatedTableAreFound(@TempDir Path dir) throws Exception {
        Project p = usersPostsAndAuditWithRows(dir);
        p.revision("000000000002", "000000000001", "add email to users", ADD_EMAIL + " op.execute(\"DELETE FROM audit\");",
                "op.dropColumn(\"users\", \"email\");");
        String before = sha256(p.database());

        var result = p.fails(3, "test");

        assertTrue(result.out().lines().anyMatch(l -> l.matches("000000000002 +ok +ok +NO \\(audit: 3 -> 0\\) +FAIL")),
                result.out());
        assertEquals(before, sha256(p.database()));
        assertEquals(List.of("3"), p.query("SELECT count(*) FROM audit"));
    }

    @Test
    void aRevisionBreakingAForeignKeyFailsWithoutACrash(@TempDir Path dir) throws Exception {
        Project p = usersPostsAndAuditWithRows(dir);
        p.revision("000000000002", "000000000001", "add a post by nobody",
                "op.execute(\"INSERT INTO posts (id, user_id) VALUES (99, 12345)\");",
                "op.execute(\"DELETE FROM posts WHERE id = 99\");");
        p.revision("000000000003", "000000000002", "add email to users", ADD_EMAIL, "op.dropColumn(\"users\", \"email\");");
        String before = sha256(p.database());

        var result = p.fails(3, "test");

        assertTrue(result.out().lines().anyMatch(l -> l.matches("000000000002 +FAIL +- +- +FAIL")), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.matches("000000000003 +- +- +- +skipped")), result.out());
        assertTrue(result.out().contains("foreign key check failed: table posts has 1 new row"), result.out());
        assertFalse(result.err().contains("internal error"), result.err());
        assertEquals(before, sha256(p.database()));
    }

    @Test
    void anEmptyDatabaseLeavesTheConfiguredOneAlone(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        p.revision("000000000001", "", "create users table",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"users\");");

        var result = p.ok("test", "--empty");

        assertTrue(result.out().startsWith("Rehearsing on an empty database"), result.out());
        assertFalse(Files.exists(p.database()), "test --empty does not create the configured database");
    }

    /** users, posts (referencing users) and audit, applied and filled; foreign keys on as retort.toml says. */
    private static Project usersPostsAndAuditWithRows(Path dir) throws Exception {
        Project p = Project.init(dir);
        p.revision("000000000001", "", "create users posts and audit",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey(), column(\"name\", string(50)));"
                        + " op.createTable(\"posts\", column(\"id\", INTEGER).primaryKey(),"
                        + " column(\"user_id\", INTEGER).notNull().references(\"users\", \"id\"));"
                        + " op.createTable(\"audit\", column(\"id\", INTEGER).primaryKey());",
                "op.dropTable(\"audit\"); op.dropTable(\"posts\"); op.dropTable(\"users\");");
        p.ok("upgrade", "head", "--no-backup");
        exec(p.database(), "INSERT INTO users VALUES (1, 'ada'), (2, 'bob')",
                "INSERT INTO posts VALUES (1, 1), (2, 1), (3, 2)", "INSERT INTO audit VALUES (1), (2), (3)");
        return p;
    }

    static void exec(Path database, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
