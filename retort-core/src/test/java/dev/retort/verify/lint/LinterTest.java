package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinterTest {

    @Test
    void aRevisionThatDoesNotCompileIsAFindingWithItsLine(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.java("123400000001", "", "create users table", "op.createTabel(\"users\");", "op.dropTable(\"users\");");

        LintReport report = p.lint(DatabaseFacts.NONE);

        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals("R000", finding.rule().id());
        assertEquals(LintFixture.lineOf(file, "createTabel"), finding.line());
        assertTrue(finding.message().contains("compile error"), finding.message());
        assertTrue(report.fails(false));
    }

    @Test
    void namedRevisionsAloneAreLinted(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("123400000001", "", "wip", "CREATE TABLE users (id INTEGER PRIMARY KEY);", "DROP TABLE users;");
        Path second = p.sql("123400000002", "123400000001", "fix", "ALTER TABLE users ADD COLUMN a TEXT;",
                "ALTER TABLE users DROP COLUMN a;");

        LintReport report = p.lint(DatabaseFacts.NONE);

        assertEquals(2, report.findings().size(), "both messages are vague");
        LintReport one = p.lint(DatabaseFacts.NONE, "123400000002");
        assertEquals(1, one.revisions());
        assertEquals(List.of(second), one.findings().stream().map(Finding::file).toList());
    }

    @Test
    void warningsFailOnlyWhenStrict(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("123400000001", "", "wip", "CREATE TABLE users (id INTEGER PRIMARY KEY);", "DROP TABLE users;");

        LintReport report = p.lint(DatabaseFacts.NONE);

        assertEquals(0, report.errors());
        assertEquals(1, report.warnings());
        assertFalse(report.fails(false));
        assertTrue(report.fails(true));
        assertEquals("1 revision linted: 0 errors, 1 warning (no database reachable: rows were not checked)",
                report.summary());
    }

    @Test
    void aFindingPrintsAsFileLineSeverityRuleMessageAndFix() {
        Finding finding = new Finding(Path.of("v/x.java"), 7, Severity.WARNING, MessageRule.RULE, "too vague", "x");

        assertEquals("v/x.java:7: warning R002 vague-message: too vague (fix: " + MessageRule.RULE.fix() + ")",
                finding.format("v/x.java"));
    }
}
