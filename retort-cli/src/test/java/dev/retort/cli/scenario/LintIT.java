package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `retort lint`: one line per finding naming file, line and rule; errors exit 3, warnings only with --strict. */
class LintIT {

    @Test
    void findingsExitCodesAndStrict(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        p.revision("000000000001", "", "create users table",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"users\");");
        var clean = p.ok("lint");
        assertEquals(List.of("1 revision linted: no problems (no database reachable: rows were not checked)"),
                clean.out().lines().toList());
        assertTrue(!Files.exists(p.database()), "lint does not create the database it looks for");

        p.revision("000000000002", "000000000001", "update models",
                "op.addColumn(\"users\", column(\"email\", string(200)));", "op.dropColumn(\"users\", \"email\");");
        var warned = p.ok("lint");
        String file = "migrations/versions/000000000002_update_models.java";
        assertEquals(file + ":4: warning R002 vague-message: \"update models\" is generic: it does not say which change"
                + " (fix: name the change and the table, e.g. -m \"add token_count column to execution_logs\""
                + " (edit the file's Message: line))", warned.out().lines().findFirst().orElseThrow());
        assertTrue(warned.out().contains("2 revisions linted: 0 errors, 1 warning"), warned.out());
        p.fails(3, "lint", "--strict");
        p.ok("lint", "000000000001", "--strict");

        p.revision("000000000003", "000000000002", "add tier to users",
                "op.addColumn(\"users\", column(\"tier\", INTEGER).notNull());", "");
        var failed = p.fails(3, "lint");
        String third = "migrations/versions/000000000003_add_tier_to_users.java";
        List<String> source = Files.readAllLines(p.dir().resolve(third));
        int downgrade = source.indexOf("    public void downgrade(Ops op) {") + 1;
        int addColumn = downgrade - 2;
        assertTrue(source.get(addColumn - 1).contains("op.addColumn"), source.toString());
        assertTrue(failed.out().lines().anyMatch(l -> l.startsWith(third + ":" + downgrade + ": error R003 missing-downgrade: ")),
                failed.out());
        assertTrue(failed.out().lines().anyMatch(l -> l.startsWith(third + ":" + addColumn + ": warning R007 not-null-without-default: ")
                && l.contains("will fail on a non-empty table")), failed.out());
        assertTrue(failed.err().contains("lint found 1 error"), failed.err());

        p.ok("upgrade", "000000000002", "--no-backup");
        RehearsalVerbIT.exec(p.database(), "INSERT INTO users (id) VALUES (1)");
        var withRows = p.fails(3, "lint", "000000000003", "--json");
        assertTrue(withRows.out().startsWith("{\"revisions\": 1, \"errors\": 2, \"warnings\": 0"), withRows.out());
        assertTrue(withRows.out().contains("\"rule\": \"R007\"") && withRows.out().contains("users has rows"),
                withRows.out());
    }

    @Test
    void lockingRulesFollowTheDialectTheUrlNames(@TempDir Path dir) {
        Project p = Project.init(dir);
        p.write("000000000001_index_orders_by_customer.sql", "-- Revision: 000000000001\n-- Revises: \n"
                + "-- Message: index orders by customer\n\n-- retort:upgrade\n"
                + "CREATE INDEX ix_orders_customer ON orders (customer_id);\n\n"
                + "-- retort:downgrade\nDROP INDEX ix_orders_customer ON orders;\n");
        String file = "migrations/versions/000000000001_index_orders_by_customer.sql";

        assertTrue(!p.ok("lint").out().contains(" L00"), "SQLite has no locking rules");
        // Nothing listens on port 1: lint reads the files as the URL's dialect would run them.
        var postgres = p.ok("lint", "--url", "jdbc:postgresql://127.0.0.1:1/app?user=postgres");
        assertTrue(postgres.out().lines().anyMatch(l -> l.startsWith(file + ":6: warning L001 index-not-concurrent: "
                + "index ix_orders_customer on orders is built without CONCURRENTLY")), postgres.out());
        var mysql = p.ok("lint", "--url", "jdbc:mariadb://127.0.0.1:1/app?user=root");
        assertTrue(mysql.out().lines().anyMatch(l -> l.startsWith(file + ":6: warning L007 alter-without-online-clause: "
                + "this change to orders states no ALGORITHM or LOCK")), mysql.out());
        assertTrue(!mysql.out().contains("L001"), mysql.out());
        p.fails(3, "lint", "--strict", "--url", "jdbc:postgresql://127.0.0.1:1/app?user=postgres");
    }
}
