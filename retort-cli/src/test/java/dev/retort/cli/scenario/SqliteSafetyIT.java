package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQLite table rebuilds through the real jar, with {@code foreign_keys = true} in retort.toml (what
 * {@code retort init} writes): cascading children keep every row, a table's unnamed constraints,
 * index, trigger and view survive, and a copy that would lose rows is stopped.
 */
class SqliteSafetyIT {
    private static final String FAMILY = """
            op.createTable("parent", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(),
                    column("legacy", string(20)), column("amount", INTEGER));
            op.createTable("child", column("id", INTEGER).primaryKey(),
                    column("parent_id", INTEGER).notNull().references("parent", "id", FkAction.CASCADE), column("note", TEXT));
            op.createTable("grandchild", column("id", INTEGER).primaryKey(),
                    column("child_id", INTEGER).references("child", "id", FkAction.SET_NULL), column("tag", string(10)));
            op.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                    + "INSERT INTO parent SELECT i, 'p' || i, 'L' || i, i * 3 FROM n");
            op.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                    + "INSERT INTO child SELECT i, 1 + (i * 7) % 10000, 'note ' || i FROM n");
            op.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                    + "INSERT INTO grandchild SELECT i, 1 + (i * 13) % 10000, 't' || (i % 7) FROM n");
            """;

    @Test
    void cascadingChildrenKeepEveryRowThroughARebuildBothWays(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        assertTrue(Files.readString(dir.resolve("retort.toml")).contains("foreign_keys = true"));
        p.revision("aaaa00000001", "", "create the family", FAMILY.replace("\n", "\n        "),
                "op.dropTable(\"grandchild\"); op.dropTable(\"child\"); op.dropTable(\"parent\");");
        p.ok("upgrade", "head");
        List<String> parent = p.query("SELECT id, name, amount FROM parent ORDER BY id");
        List<String> child = p.query("SELECT * FROM child ORDER BY id");
        List<String> grandchild = p.query("SELECT * FROM grandchild ORDER BY id");
        List<String> parentFull = p.query("SELECT id, name, legacy, amount FROM parent ORDER BY id");
        assertEquals(10_000, child.size());

        p.revision("bbbb00000002", "aaaa00000001", "rework parent",
                "op.dropColumn(\"parent\", \"legacy\");"
                        + " op.alterColumn(\"parent\", \"amount\", change().type(BIGINT));"
                        + " op.createCheckConstraint(\"ck_parent_amount\", \"parent\", \"amount >= 0\");",
                "op.dropConstraint(\"parent\", \"ck_parent_amount\");"
                        + " op.alterColumn(\"parent\", \"amount\", change().type(INTEGER));"
                        + " op.addColumn(\"parent\", column(\"legacy\", string(20)));"
                        + " op.execute(\"UPDATE parent SET legacy = 'L' || id\");");
        p.ok("upgrade", "head");
        assertSameRows(parent, p.query("SELECT id, name, amount FROM parent ORDER BY id"), "parent");
        assertSameRows(child, p.query("SELECT * FROM child ORDER BY id"), "child (nothing may cascade away)");
        assertSameRows(grandchild, p.query("SELECT * FROM grandchild ORDER BY id"), "grandchild (no reference may be set to NULL)");
        assertEquals(List.of(), p.query("PRAGMA foreign_key_check"));
        assertTrue(p.query("SELECT sql FROM sqlite_master WHERE name = 'parent'").get(0).contains("amount >= 0"));

        p.ok("downgrade", "-1");
        assertSameRows(parentFull, p.query("SELECT id, name, legacy, amount FROM parent ORDER BY id"), "parent after downgrade");
        assertSameRows(child, p.query("SELECT * FROM child ORDER BY id"), "child after downgrade");
        assertSameRows(grandchild, p.query("SELECT * FROM grandchild ORDER BY id"), "grandchild after downgrade");
        assertEquals(List.of(), p.query("PRAGMA foreign_key_check"));
    }

    @Test
    void unnamedConstraintsIndexTriggerAndViewSurviveAndTheUniqueCanBeDropped(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.write("aaaa00000001_accounts.sql", """
                -- Revision: aaaa00000001
                -- Revises:
                -- Message: create accounts with unnamed constraints, an index, a trigger and a view

                -- retort:upgrade
                CREATE TABLE accounts (
                    id INTEGER PRIMARY KEY,
                    email VARCHAR(100) UNIQUE,
                    balance INTEGER CHECK (balance >= 0),
                    updated INTEGER DEFAULT 0
                );
                CREATE INDEX ix_accounts_balance ON accounts (balance);
                CREATE TRIGGER accounts_touch AFTER UPDATE OF balance ON accounts
                BEGIN UPDATE accounts SET updated = updated + 1 WHERE id = NEW.id; END;
                CREATE VIEW rich AS SELECT id, email FROM accounts WHERE balance > 100;
                INSERT INTO accounts (id, email, balance) VALUES (1, 'a@x', 50), (2, 'b@x', 500);
                -- retort:downgrade
                DROP VIEW rich;
                DROP TABLE accounts;
                """);
        p.revision("bbbb00000002", "aaaa00000001", "widen email",
                "op.alterColumn(\"accounts\", \"email\", change().type(string(200)));",
                "op.alterColumn(\"accounts\", \"email\", change().type(string(100)));");
        p.ok("upgrade", "head");
        String table = p.query("SELECT sql FROM sqlite_master WHERE name = 'accounts'").get(0);
        assertTrue(table.contains("VARCHAR(200)") && table.contains("balance >= 0"), table);
        assertEquals(List.of("ix_accounts_balance"), p.query("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
        // All five still work: checked through SQL that uses each of them.
        assertTrue(failsWith(p, "INSERT INTO accounts (id, email, balance) VALUES (3, 'a@x', 10)", "UNIQUE"));
        assertTrue(failsWith(p, "INSERT INTO accounts (id, email, balance) VALUES (4, 'd@x', -1)", "CHECK"));
        exec(p, "UPDATE accounts SET balance = 700 WHERE id = 1");
        assertEquals(List.of("1"), p.query("SELECT updated FROM accounts WHERE id = 1"), "the trigger still fires");
        assertEquals(List.of("1|a@x", "2|b@x"), p.query("SELECT * FROM rich ORDER BY id"), "the view still reads the table");

        p.revision("cccc00000003", "bbbb00000002", "allow shared emails",
                "op.dropUniqueConstraint(\"accounts\", \"email\");",
                "op.createUniqueConstraint(null, \"accounts\", \"email\");");
        p.ok("upgrade", "head");
        exec(p, "INSERT INTO accounts (id, email, balance) VALUES (3, 'a@x', 10)");
        assertTrue(failsWith(p, "INSERT INTO accounts (id, email, balance) VALUES (4, 'd@x', -1)", "CHECK"),
                "the unnamed CHECK stays when the unnamed UNIQUE goes");
    }

    /**
     * A copy that would lose rows, without any fault injected: {@code UNIQUE ON CONFLICT REPLACE} is carried
     * through the rebuild (as it must be), and a type change makes '7' and '07' the same integer, so the
     * copy's INSERT would silently replace one row by the other. The guard counts, refuses and rolls back.
     */
    @Test
    void aCopyThatWouldLoseRowsIsStoppedByTheGuardAndTheFileIsUntouched(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        p.revision("aaaa00000001", "", "create codes",
                "op.execute(\"CREATE TABLE codes (id INTEGER PRIMARY KEY, code TEXT UNIQUE ON CONFLICT REPLACE)\");"
                        + " op.execute(\"INSERT INTO codes VALUES (1, '7'), (2, '07'), (3, '8')\");",
                "op.dropTable(\"codes\");");
        p.revision("bbbb00000002", "aaaa00000001", "store codes as numbers",
                "op.alterColumn(\"codes\", \"code\", change().type(INTEGER));",
                "op.alterColumn(\"codes\", \"code\", change().type(TEXT));");
        p.ok("upgrade", "aaaa00000001");
        byte[] before = Files.readAllBytes(p.database());

        RetortProcess.Result result = p.fails(1, "upgrade", "head");

        assertEquals("retort: upgrade of revision bbbb00000002 (bbbb00000002_store_codes_as_numbers.java) failed:"
                + " data-survival guard: table codes had 3 rows before rebuilding codes and 2 after;"
                + " the revision was rolled back", result.err().strip());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(p.database())),
                "the database file is byte-for-byte as before the revision began");
        assertEquals(List.of("aaaa00000001"), p.versionRows());
    }

    /** Compares row by row, and on a difference names the first differing row instead of printing thousands. */
    private static void assertSameRows(List<String> expected, List<String> actual, String table) {
        assertEquals(expected.size(), actual.size(), table + ": row count");
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError(table + ": row " + i + " was " + expected.get(i) + ", is " + actual.get(i));
            }
        }
    }

    private static boolean failsWith(Project p, String sql, String expected) {
        try {
            exec(p, sql);
            return false;
        } catch (IllegalStateException e) {
            return e.getMessage().contains(expected);
        }
    }

    private static void exec(Project p, String sql) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p.database());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
