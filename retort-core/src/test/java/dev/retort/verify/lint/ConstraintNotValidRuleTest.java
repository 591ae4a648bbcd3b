package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.verify.lint.LockRuleFixtures.MYSQL;
import static dev.retort.verify.lint.LockRuleFixtures.POSTGRES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConstraintNotValidRuleTest {
    private static final String FK = "ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) "
            + "REFERENCES customers (id)";
    private static final String DROP_FK = "ALTER TABLE orders DROP CONSTRAINT fk_orders_customer;";
    private static final String DSL_FK = "op.createForeignKey(\"orders\", foreignKey(\"customer_id\", \"customers\", \"id\"));";
    private static final String DSL_DROP = "op.dropForeignKey(\"orders\", foreignKey(\"customer_id\", \"customers\", \"id\"));";

    @Test
    void aForeignKeyOrCheckWithoutNotValidIsFlagged(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.sql("99990000000a", "", "link orders to customers", FK + ";", DROP_FK);
        p.sql("99990000000b", "99990000000a", "keep totals positive",
                "ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0);", "ALTER TABLE orders DROP CONSTRAINT ck_total;");

        List<Finding> found = p.findings(ConstraintNotValidRule.RULE, POSTGRES);

        assertEquals(2, found.size(), found.toString());
        assertEquals(LintFixture.lineOf(file, "FOREIGN KEY"), found.get(0).line());
        assertEquals("foreign key fk_orders_customer on orders is added without NOT VALID: every row is checked while "
                + "writes to orders wait", found.get(0).message());
        assertTrue(found.get(1).message().startsWith("check ck_total on orders"), found.get(1).message());
    }

    @Test
    void notValidAndValidateInOneTransactionAreFlagged(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "link orders to customers",
                FK + " NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer;", DROP_FK);
        p.java("99990000000b", "99990000000a", "link orders to customers", DSL_FK, DSL_DROP);

        List<Finding> found = p.findings(ConstraintNotValidRule.RULE, POSTGRES);

        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("validated in the same transaction"), found.get(0).message());
        assertTrue(found.get(1).message().contains("both in the revision's transaction"), found.get(1).message());
    }

    @Test
    void notValidValidatedLaterOrOutsideATransactionANewTableAndAnotherDialectPass(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "link orders to customers", FK + " NOT VALID;", DROP_FK);
        p.sql("99990000000b", "99990000000a", "check existing orders against customers",
                "ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer;", "SELECT 1;");
        p.javaWithoutTransaction("99990000000c", "99990000000b", "link invoices to customers",
                "op.createForeignKey(\"invoices\", foreignKey(\"customer_id\", \"customers\", \"id\"));",
                "op.dropForeignKey(\"invoices\", foreignKey(\"customer_id\", \"customers\", \"id\"));");
        p.java("99990000000d", "99990000000c", "create refunds linked to orders",
                "op.createTable(\"refunds\", column(\"id\", INTEGER).primaryKey(), column(\"order_id\", INTEGER));\n"
                        + "op.createForeignKey(\"refunds\", foreignKey(\"order_id\", \"orders\", \"id\"));",
                "op.dropTable(\"refunds\");");

        assertEquals(List.of(), p.findings(ConstraintNotValidRule.RULE, POSTGRES));
        p.sql("99990000000e", "99990000000d", "link payments to orders",
                "ALTER TABLE payments ADD FOREIGN KEY (order_id) REFERENCES orders (id);", null);
        assertEquals(List.of(), p.findings(ConstraintNotValidRule.RULE, MYSQL), "MySQL has no NOT VALID");
    }
}
