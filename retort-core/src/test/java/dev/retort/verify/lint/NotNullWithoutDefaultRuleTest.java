package dev.retort.verify.lint;

import dev.retort.runtime.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotNullWithoutDefaultRuleTest {
    private static final String ADD = "op.addColumn(\"users\", column(\"tier\", INTEGER).notNull());";
    private static final String DROP = "op.dropColumn(\"users\", \"tier\");";

    @Test
    void withoutADatabaseItIsAWarning(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.java("99990000000a", "", "add tier to users", ADD, DROP);

        List<Finding> found = p.findings(NotNullWithoutDefaultRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(LintFixture.lineOf(file, "\"tier\", INTEGER"), found.get(0).line());
        assertTrue(found.get(0).message().contains("will fail on a non-empty table"), found.get(0).message());
    }

    @Test
    void aTableWithRowsInTheDatabaseMakesItAnError(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        p.java("99990000000a", "", "add tier to users", ADD, DROP);

        try (Database db = TestDatabase.create(dir, "CREATE TABLE users (id INTEGER PRIMARY KEY)",
                "INSERT INTO users VALUES (1)")) {
            List<Finding> found = LintFixture.of(NotNullWithoutDefaultRule.RULE, p.lint(new LiveDatabaseFacts(db)));
            assertEquals(1, found.size(), found.toString());
            assertEquals(Severity.ERROR, found.get(0).severity());
            assertTrue(found.get(0).message().contains("users has rows"), found.get(0).message());
        }
    }

    @Test
    void anEmptyTableInTheDatabaseStaysAWarning(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        p.java("99990000000a", "", "add tier to users", ADD, DROP);

        try (Database db = TestDatabase.create(dir, "CREATE TABLE users (id INTEGER PRIMARY KEY)")) {
            List<Finding> found = LintFixture.of(NotNullWithoutDefaultRule.RULE, p.lint(new LiveDatabaseFacts(db)));
            assertEquals(1, found.size(), found.toString());
            assertEquals(Severity.WARNING, found.get(0).severity());
            assertTrue(found.get(0).message().contains("users is empty"), found.get(0).message());
        }
    }

    @Test
    void aDefaultANullableColumnOrANewTablePass(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("99990000000a", "", "add tier to users",
                "op.addColumn(\"users\", column(\"tier\", INTEGER).notNull().serverDefault(\"0\"));\n"
                        + "op.addColumn(\"users\", column(\"nickname\", TEXT));", DROP);
        p.java("99990000000b", "99990000000a", "create plans with a required price",
                "op.createTable(\"plans\", column(\"id\", INTEGER).primaryKey());\n"
                        + "op.addColumn(\"plans\", column(\"price\", INTEGER).notNull());", "op.dropTable(\"plans\");");
        p.sql("99990000000c", "99990000000b", "add a defaulted flag to users",
                "ALTER TABLE users ADD COLUMN flag INTEGER NOT NULL DEFAULT 0;", "ALTER TABLE users DROP COLUMN flag;");

        assertEquals(List.of(), p.findings(NotNullWithoutDefaultRule.RULE));
    }

    @Test
    void theSameColumnInSqlIsFound(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "add tier to users", "ALTER TABLE users ADD COLUMN tier INTEGER NOT NULL;",
                "ALTER TABLE users DROP COLUMN tier;");

        assertEquals(1, p.findings(NotNullWithoutDefaultRule.RULE).size());
    }
}
