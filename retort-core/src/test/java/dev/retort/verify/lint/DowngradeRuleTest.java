package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DowngradeRuleTest {

    @Test
    void anEmptyDowngradeIsAnErrorAtTheDowngrade(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.java("cccc00000001", "", "add email to users",
                "op.addColumn(\"users\", column(\"email\", string(200)));", "");

        List<Finding> found = p.findings(DowngradeRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals(LintFixture.lineOf(file, "void downgrade"), found.get(0).line());
        assertTrue(found.get(0).message().contains("records none"), found.get(0).message());
    }

    @Test
    void aSqlRevisionWithoutADowngradeSection(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("cccc00000001", "", "create users table", "CREATE TABLE users (id INTEGER PRIMARY KEY);", null);

        List<Finding> found = p.findings(DowngradeRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("no '-- retort:downgrade' section"), found.get(0).message());
    }

    @Test
    void aDowngradeThatThrowsIsAnError(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("cccc00000001", "", "add email to users", "op.addColumn(\"users\", column(\"email\", string(200)));",
                "throw new IllegalStateException(\"irreversible\");");

        List<Finding> found = p.findings(DowngradeRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("throws IllegalStateException: irreversible"), found.get(0).message());
    }

    @Test
    void aDowngradeUndoingTheUpgradeOrAnEmptyMergePasses(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("cccc00000001", "", "add email to users", "op.addColumn(\"users\", column(\"email\", string(200)));",
                "op.dropColumn(\"users\", \"email\");");
        p.java("cccc00000002", "cccc00000001", "merge nothing really", "", "");

        assertEquals(List.of(), p.findings(DowngradeRule.RULE));
    }
}
