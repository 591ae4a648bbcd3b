package dev.retort.verify.lint;

import dev.retort.runtime.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnrelatedTablesRuleTest {

    @Test
    void twoNewTablesWithoutALinkAreTwoChanges(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.java("ffff00000001", "", "create users and api keys",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());\n"
                        + "op.createTable(\"api_keys\", column(\"id\", INTEGER).primaryKey());",
                "op.dropTable(\"api_keys\");\nop.dropTable(\"users\");");

        List<Finding> found = p.findings(UnrelatedTablesRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("users | api_keys"), found.get(0).message());
        assertEquals(LintFixture.lineOf(file, "\"api_keys\", column"), found.get(0).line());
    }

    @Test
    void aNewTableReferencingAnotherNewTableIsOneChange(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("ffff00000001", "", "create users and their api keys",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());\n"
                        + "op.createTable(\"api_keys\", column(\"id\", INTEGER).primaryKey(),\n"
                        + "        column(\"user_id\", INTEGER).references(\"users\", \"id\"));\n"
                        + "op.createIndex(\"ix_api_keys_user\", \"api_keys\", \"user_id\");",
                "op.dropTable(\"api_keys\");\nop.dropTable(\"users\");");
        p.sql("ffff00000002", "ffff00000001", "create teams and members",
                "CREATE TABLE teams (id INTEGER PRIMARY KEY);\n"
                        + "CREATE TABLE members (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams(id));",
                "DROP TABLE members;\nDROP TABLE teams;");

        assertEquals(List.of(), p.findings(UnrelatedTablesRule.RULE));
    }

    @Test
    void aLinkTheDatabaseAlreadyHasRelatesTwoChangedTables(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        p.java("ffff00000001", "", "add notes to customers and orders",
                "op.addColumn(\"customers\", column(\"note\", TEXT));\nop.addColumn(\"orders\", column(\"note\", TEXT));",
                "op.dropColumn(\"orders\", \"note\");\nop.dropColumn(\"customers\", \"note\");");

        assertEquals(1, p.findings(UnrelatedTablesRule.RULE).size(), "without the database, no link is known");
        try (Database db = TestDatabase.create(dir, "CREATE TABLE customers (id INTEGER PRIMARY KEY)",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id))")) {
            assertEquals(List.of(), LintFixture.of(UnrelatedTablesRule.RULE, p.lint(new LiveDatabaseFacts(db))));
        }
    }
}
