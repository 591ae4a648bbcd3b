package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.verify.lint.LockRuleFixtures.MYSQL;
import static dev.retort.verify.lint.LockRuleFixtures.POSTGRES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SetNotNullRuleTest {
    private static final String SET = "ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;";
    private static final String UNSET = "ALTER TABLE orders ALTER COLUMN customer_id DROP NOT NULL;";
    private static final String ADD_CHECK = "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null "
            + "CHECK (customer_id IS NOT NULL) NOT VALID;";
    private static final String PROVE = "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null;";

    @Test
    void setNotNullWithoutAValidatedCheckIsFlagged(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.sql("99990000000a", "", "require a customer on orders", SET, UNSET);

        List<Finding> found = p.findings(SetNotNullRule.RULE, POSTGRES);

        assertEquals(1, found.size(), found.toString());
        assertEquals(LintFixture.lineOf(file, "SET NOT NULL"), found.get(0).line());
        assertEquals("SET NOT NULL on orders.customer_id with no validated check before it: orders is scanned while "
                + "reads and writes wait", found.get(0).message());
    }

    @Test
    void aCheckAddedAndValidatedInTheSameTransactionDoesNotCountNorDoesTheOperationInOne(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "require a customer on orders", ADD_CHECK + "\n" + PROVE + "\n" + SET, UNSET);
        p.java("99990000000b", "99990000000a", "require a total on orders",
                "op.alterColumn(\"orders\", \"total\", change().notNull());",
                "op.alterColumn(\"orders\", \"total\", change().nullable(true));");

        List<Finding> found = p.findings(SetNotNullRule.RULE, POSTGRES);

        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(1).message().contains("orders.total is made NOT NULL through a check, but all in the "
                + "revision's transaction"), found.get(1).message());
    }

    @Test
    void aCheckValidatedFirstTheOperationOutsideATransactionANewTableAndAnotherDialectPass(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "check that orders have a customer", ADD_CHECK,
                "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_not_null;");
        p.sql("99990000000b", "99990000000a", "require a customer on orders",
                PROVE + "\n" + SET + "\nALTER TABLE orders DROP CONSTRAINT orders_customer_id_not_null;", UNSET);
        p.javaWithoutTransaction("99990000000c", "99990000000b", "require a total on orders",
                "op.alterColumn(\"orders\", \"total\", change().notNull());",
                "op.alterColumn(\"orders\", \"total\", change().nullable(true));");
        p.java("99990000000d", "99990000000c", "create refunds with a required order",
                "op.createTable(\"refunds\", column(\"id\", INTEGER).primaryKey(), column(\"order_id\", INTEGER));\n"
                        + "op.alterColumn(\"refunds\", \"order_id\", change().notNull());", "op.dropTable(\"refunds\");");

        assertEquals(List.of(), p.findings(SetNotNullRule.RULE, POSTGRES));
        assertEquals(List.of(), p.findings(SetNotNullRule.RULE, MYSQL));
    }
}
