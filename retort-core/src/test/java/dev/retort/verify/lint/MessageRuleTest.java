package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageRuleTest {

    @Test
    void genericMessagesAreFlaggedOnTheMessageLine(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.sql("bbbb00000001", "", "update models", "CREATE TABLE users (id INTEGER PRIMARY KEY);",
                "DROP TABLE users;");

        List<Finding> found = p.findings(MessageRule.RULE);

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(LintFixture.lineOf(file, "Message:"), found.get(0).line());
        assertTrue(found.get(0).message().contains("generic"), found.get(0).message());
    }

    @Test
    void aMessageNamingTheChangePasses(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("bbbb00000001", "", "add token_count column to execution_logs",
                "CREATE TABLE execution_logs (id INTEGER PRIMARY KEY);", "DROP TABLE execution_logs;");

        assertEquals(List.of(), p.findings(MessageRule.RULE));
    }

    @Test
    void emptyShortAndVagueMessages() {
        assertTrue(MessageRule.problem("").contains("empty"));
        assertTrue(MessageRule.problem("users").contains("too short"));
        for (String vague : List.of("changes", "fix", "wip", "migration", "update", "Update models.", "more fixes")) {
            assertNotNull(MessageRule.problem(vague), vague);
        }
        for (String fine : List.of("create users", "add email to users", "merge heads", "drop legacy audit table")) {
            assertNull(MessageRule.problem(fine), fine);
        }
    }
}
