package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DestructiveOperationRuleTest {

    @Test
    void droppedColumnsAndTablesAreFlaggedWhereTheyAreDropped(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path java = p.java("eeee00000001", "", "drop legacy flag from users",
                "op.dropColumn(\"users\", \"legacy_flag\");", "op.addColumn(\"users\", column(\"legacy_flag\", BOOLEAN));");
        Path sql = p.sql("eeee00000002", "eeee00000001", "drop the audit table", "\nDROP TABLE audit;",
                "CREATE TABLE audit (id INTEGER PRIMARY KEY);");

        List<Finding> found = p.findings(DestructiveOperationRule.RULE);

        assertEquals(2, found.size(), found.toString());
        assertEquals(java, found.get(0).file());
        assertEquals(LintFixture.lineOf(java, "dropColumn"), found.get(0).line());
        assertTrue(found.get(0).message().contains("drop column users.legacy_flag"), found.get(0).message());
        assertEquals(sql, found.get(1).file());
        assertEquals(LintFixture.lineOf(sql, "DROP TABLE audit"), found.get(1).line());
    }

    @Test
    void dropsInTheDowngradeAndAddsAreNotFlagged(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("eeee00000001", "", "add legacy flag to users",
                "op.addColumn(\"users\", column(\"legacy_flag\", BOOLEAN));", "op.dropColumn(\"users\", \"legacy_flag\");");

        assertEquals(List.of(), p.findings(DestructiveOperationRule.RULE));
    }
}
