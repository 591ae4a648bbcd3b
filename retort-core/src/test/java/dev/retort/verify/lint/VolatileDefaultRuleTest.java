package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.verify.lint.LockRuleFixtures.MYSQL;
import static dev.retort.verify.lint.LockRuleFixtures.POSTGRES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VolatileDefaultRuleTest {
    @Test
    void aVolatileDefaultOnAnExistingTableIsFlagged(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path sql = p.sql("99990000000a", "", "give orders a public token",
                "ALTER TABLE orders ADD COLUMN token UUID NOT NULL DEFAULT gen_random_uuid();",
                "ALTER TABLE orders DROP COLUMN token;");
        p.java("99990000000b", "99990000000a", "give orders a random shard",
                "op.addColumn(\"orders\", column(\"shard\", DOUBLE).serverDefault(\"random()\"));",
                "op.dropColumn(\"orders\", \"shard\");");

        List<Finding> found = p.findings(VolatileDefaultRule.RULE, POSTGRES);

        assertEquals(2, found.size(), found.toString());
        assertEquals(LintFixture.lineOf(sql, "gen_random_uuid"), found.get(0).line());
        assertTrue(found.get(0).message().contains("orders.token is added with DEFAULT gen_random_uuid()"),
                found.get(0).message());
        assertTrue(found.get(1).message().contains("DEFAULT random()"), found.get(1).message());
    }

    @Test
    void constantAndStableDefaultsANewTableAndAnotherDialectPass(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "stamp orders with their creation time",
                "ALTER TABLE orders ADD COLUMN created_at TIMESTAMPTZ NOT NULL DEFAULT now();\n"
                        + "ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'new';",
                "ALTER TABLE orders DROP COLUMN status;\nALTER TABLE orders DROP COLUMN created_at;");
        p.sql("99990000000b", "99990000000a", "create tokens with random ids",
                "CREATE TABLE tokens (id INTEGER PRIMARY KEY);\n"
                        + "ALTER TABLE tokens ADD COLUMN token UUID DEFAULT gen_random_uuid();", "DROP TABLE tokens;");
        p.sql("99990000000c", "99990000000b", "give orders a random shard",
                "ALTER TABLE orders ADD COLUMN shard DOUBLE PRECISION DEFAULT random();", "ALTER TABLE orders DROP COLUMN shard;");

        assertEquals(List.of(), p.findings(VolatileDefaultRule.RULE, POSTGRES).stream()
                .filter(f -> !f.revision().equals("99990000000c")).toList());
        assertEquals(List.of(), p.findings(VolatileDefaultRule.RULE, MYSQL));
    }
}
