package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LooksLikeRenameRuleTest {

    @Test
    void aDropAndAnAddOfTheSameTypeLookLikeARename(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.java("777700000001", "", "replace name with full_name on users",
                "op.dropColumn(\"users\", \"name\");\nop.addColumn(\"users\", column(\"full_name\", string(100)));",
                "op.dropColumn(\"users\", \"full_name\");\nop.addColumn(\"users\", column(\"name\", string(100)));");

        List<Finding> found = p.findings(LooksLikeRenameRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertEquals(LintFixture.lineOf(file, "\"full_name\", string"), found.get(0).line());
        assertTrue(found.get(0).message().contains("rename of name to full_name"), found.get(0).message());
    }

    @Test
    void theSameInSql(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("777700000001", "", "replace name with full_name on users",
                "ALTER TABLE users DROP COLUMN name;\nALTER TABLE users ADD COLUMN full_name TEXT;",
                "ALTER TABLE users DROP COLUMN full_name;\nALTER TABLE users ADD COLUMN name text;");

        assertEquals(1, p.findings(LooksLikeRenameRule.RULE).size());
    }

    @Test
    void differentTypesOrDifferentTablesAreNotARename(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("777700000001", "", "replace age with birth_date on users",
                "op.dropColumn(\"users\", \"age\");\nop.addColumn(\"users\", column(\"birth_date\", DATE));",
                "op.dropColumn(\"users\", \"birth_date\");\nop.addColumn(\"users\", column(\"age\", INTEGER));");
        p.java("777700000002", "777700000001", "move notes from users to teams",
                "op.dropColumn(\"users\", \"notes\");\nop.addColumn(\"teams\", column(\"notes\", TEXT));",
                "op.dropColumn(\"teams\", \"notes\");\nop.addColumn(\"users\", column(\"notes\", TEXT));");

        assertEquals(List.of(), p.findings(LooksLikeRenameRule.RULE));
    }
}
