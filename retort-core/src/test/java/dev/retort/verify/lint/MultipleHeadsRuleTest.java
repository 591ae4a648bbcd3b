package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipleHeadsRuleTest {

    @Test
    void twoRevisionsOnOneParentAreTwoHeadsEachNamed(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("aaaa00000001", "", "create users table", "CREATE TABLE users (id INTEGER PRIMARY KEY);", "DROP TABLE users;");
        Path a = p.sql("aaaa0000000a", "aaaa00000001", "add email to users", "ALTER TABLE users ADD COLUMN email TEXT;",
                "ALTER TABLE users DROP COLUMN email;");
        Path b = p.sql("aaaa0000000b", "aaaa00000001", "add name to users", "ALTER TABLE users ADD COLUMN name TEXT;",
                "ALTER TABLE users DROP COLUMN name;");

        List<Finding> found = p.findings(MultipleHeadsRule.RULE);

        assertEquals(Set.of(a, b), found.stream().map(Finding::file).collect(Collectors.toSet()));
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertTrue(found.get(0).message().contains("aaaa0000000a") && found.get(0).message().contains("aaaa0000000b"),
                found.get(0).message());
    }

    @Test
    void aLineHasOneHead(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("aaaa00000001", "", "create users table", "CREATE TABLE users (id INTEGER PRIMARY KEY);", "DROP TABLE users;");
        p.sql("aaaa00000002", "aaaa00000001", "add email to users", "ALTER TABLE users ADD COLUMN email TEXT;",
                "ALTER TABLE users DROP COLUMN email;");

        assertEquals(List.of(), p.findings(MultipleHeadsRule.RULE));
    }
}
