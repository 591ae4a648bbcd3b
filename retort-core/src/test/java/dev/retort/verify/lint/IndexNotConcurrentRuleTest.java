package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.verify.lint.LockRuleFixtures.MYSQL;
import static dev.retort.verify.lint.LockRuleFixtures.POSTGRES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexNotConcurrentRuleTest {
    private static final String PLAIN = "CREATE INDEX ix_orders_customer ON orders (customer_id);";
    private static final String DROP = "DROP INDEX ix_orders_customer;";

    @Test
    void aPlainIndexOnAnExistingTableIsFlaggedAtItsLine(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.sql("99990000000a", "", "index orders by customer", PLAIN, DROP);

        List<Finding> found = p.findings(IndexNotConcurrentRule.RULE, POSTGRES);

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(LintFixture.lineOf(file, "CREATE INDEX"), found.get(0).line());
        assertTrue(found.get(0).message().contains("index ix_orders_customer on orders is built without CONCURRENTLY"),
                found.get(0).message());
    }

    @Test
    void anIndexOperationAndAUniqueConstraintAreFlaggedToo(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.java("99990000000a", "", "index orders by customer",
                "op.createIndex(\"ix_orders_customer\", \"orders\", \"customer_id\");", "op.dropIndex(\"ix_orders_customer\");");
        p.sql("99990000000b", "99990000000a", "make order numbers unique",
                "ALTER TABLE orders ADD CONSTRAINT uq_orders_number UNIQUE (number);",
                "ALTER TABLE orders DROP CONSTRAINT uq_orders_number;");

        List<Finding> found = p.findings(IndexNotConcurrentRule.RULE, POSTGRES);

        assertEquals(List.of("index ix_orders_customer", "index uq_orders_number"),
                found.stream().map(f -> f.message().substring(0, f.message().indexOf(" on "))).toList());
    }

    @Test
    void concurrentlyOutsideATransactionANewTableOrAnotherDialectPass(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sqlWithoutTransaction("99990000000a", "", "index orders by customer",
                "CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id);",
                "DROP INDEX CONCURRENTLY ix_orders_customer;");
        p.java("99990000000b", "99990000000a", "create invoices with an index by order",
                "op.createTable(\"invoices\", column(\"id\", INTEGER).primaryKey(), column(\"order_id\", INTEGER));\n"
                        + "op.createIndex(\"ix_invoices_order\", \"invoices\", \"order_id\");", "op.dropTable(\"invoices\");");
        p.sql("99990000000c", "99990000000b", "index orders by date", "CREATE INDEX ix_orders_date ON orders (created_at);",
                "DROP INDEX ix_orders_date ON orders;");

        assertEquals(List.of(), p.findings(IndexNotConcurrentRule.RULE, POSTGRES).stream()
                .filter(f -> !f.revision().equals("99990000000c")).toList());
        assertEquals(List.of(), p.findings(IndexNotConcurrentRule.RULE, MYSQL), "InnoDB builds indexes online");
    }

    @Test
    void concurrentlyInsideATransactionIsAnError(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "index orders by customer",
                "CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id);", DROP);

        List<Finding> found = p.findings(IndexNotConcurrentRule.RULE, POSTGRES);

        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(found.get(0).message().contains("`Transaction: none`"), found.get(0).message());
    }

    @Test
    void anIndexOperationMarkedConcurrentlyOutsideATransactionPasses(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.javaWithoutTransaction("99990000000a", "", "index orders by customer",
                "op.createIndex(\"ix_orders_customer\", \"orders\", \"customer_id\").concurrently();",
                "op.dropIndex(\"ix_orders_customer\").concurrently();");

        assertEquals(List.of(), p.findings(IndexNotConcurrentRule.RULE, POSTGRES));
    }
}
