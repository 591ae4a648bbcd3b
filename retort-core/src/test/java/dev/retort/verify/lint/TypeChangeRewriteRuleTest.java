package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.verify.lint.LockRuleFixtures.MYSQL;
import static dev.retort.verify.lint.LockRuleFixtures.POSTGRES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeChangeRewriteRuleTest {
    @Test
    void widerIntegersRewriteTheTableAndTheOldTypeComesFromTheDowngrade(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.sql("99990000000a", "", "widen order totals",
                "ALTER TABLE orders ALTER COLUMN total TYPE BIGINT;", "ALTER TABLE orders ALTER COLUMN total TYPE INTEGER;");
        p.java("99990000000b", "99990000000a", "widen order quantities",
                "op.alterColumn(\"orders\", \"quantity\", change().type(BIGINT));",
                "op.alterColumn(\"orders\", \"quantity\", change().type(INTEGER));");

        List<Finding> found = p.findings(TypeChangeRewriteRule.RULE, POSTGRES);

        assertEquals(2, found.size(), found.toString());
        assertEquals(LintFixture.lineOf(file, "TYPE BIGINT"), found.get(0).line());
        assertEquals("changing orders.total from INTEGER to BIGINT rewrites orders while reads and writes wait",
                found.get(0).message());
        assertTrue(found.get(1).message().startsWith("changing orders.quantity from INTEGER to BIGINT"), found.get(1).message());
    }

    @Test
    void aLongerVarcharOrVarcharToTextIsFreeAndAnUnknownOldTypeIsNotGuessed(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "allow longer customer names",
                "ALTER TABLE customers ALTER COLUMN name TYPE VARCHAR(200);\n"
                        + "ALTER TABLE customers ALTER COLUMN note TYPE TEXT;",
                "ALTER TABLE customers ALTER COLUMN note TYPE VARCHAR(50);\n"
                        + "ALTER TABLE customers ALTER COLUMN name TYPE VARCHAR(50);");
        p.java("99990000000b", "99990000000a", "allow longer emails",
                "op.alterColumn(\"customers\", \"email\", change().type(string(320)));",
                "op.alterColumn(\"customers\", \"email\", change().type(string(100)));");
        p.sql("99990000000c", "99990000000b", "allow longer city names",
                "ALTER TABLE customers ALTER COLUMN city TYPE VARCHAR(120);", null);

        assertEquals(List.of(), p.findings(TypeChangeRewriteRule.RULE, POSTGRES));
    }

    @Test
    void onMysqlAModifyToAnotherTypeCopiesTheTableButALongerVarcharMayNot(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "widen order totals",
                "ALTER TABLE orders MODIFY total BIGINT NOT NULL;", "ALTER TABLE orders MODIFY total INT NOT NULL;");
        p.sql("99990000000b", "99990000000a", "allow longer customer names",
                "ALTER TABLE customers MODIFY COLUMN name VARCHAR(200) NOT NULL;",
                "ALTER TABLE customers MODIFY COLUMN name VARCHAR(50) NOT NULL;");
        p.sql("99990000000c", "99990000000b", "restate the note column", "ALTER TABLE customers MODIFY note TEXT;", null);

        List<Finding> found = p.findings(TypeChangeRewriteRule.RULE, MYSQL);

        assertEquals(1, found.size(), found.toString());
        assertEquals("99990000000a", found.get(0).revision());
        assertTrue(found.get(0).message().startsWith("changing orders.total from INT to BIGINT"), found.get(0).message());
    }

    @Test
    void aTableCreatedInTheSameRevisionIsNotFlagged(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("99990000000a", "", "create ledger with wide amounts",
                "op.createTable(\"ledger\", column(\"id\", INTEGER).primaryKey(), column(\"amount\", INTEGER));\n"
                        + "op.alterColumn(\"ledger\", \"amount\", change().type(BIGINT));", "op.dropTable(\"ledger\");");

        assertEquals(List.of(), p.findings(TypeChangeRewriteRule.RULE, POSTGRES));
    }
}
