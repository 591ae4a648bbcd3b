package dev.retort.verify.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.verify.lint.LockRuleFixtures.MYSQL;
import static dev.retort.verify.lint.LockRuleFixtures.POSTGRES;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OnlineAlterClauseRuleTest {
    @Test
    void anOnlineChangeThatDoesNotSaySoIsFlaggedWithTheClauseToAdd(@TempDir Path dir) throws Exception {
        LintFixture p = new LintFixture(dir);
        Path file = p.sql("99990000000a", "", "index orders by customer",
                "ALTER TABLE orders ADD INDEX ix_orders_customer (customer_id);",
                "ALTER TABLE orders DROP INDEX ix_orders_customer;");
        p.sql("99990000000b", "99990000000a", "add a note to orders",
                "ALTER TABLE orders ADD COLUMN note TEXT;", "ALTER TABLE orders DROP COLUMN note;");
        p.sql("99990000000c", "99990000000b", "index orders by date",
                "CREATE INDEX ix_orders_date ON orders (created_at) ALGORITHM=COPY;", "DROP INDEX ix_orders_date ON orders;");

        List<Finding> found = p.findings(OnlineAlterClauseRule.RULE, MYSQL);

        assertEquals(List.of(
                "this change to orders states no ALGORITHM or LOCK; the server can make it with ALGORITHM=INPLACE, "
                        + "LOCK=NONE, and says so if it cannot",
                "this change to orders states no ALGORITHM or LOCK; the server can make it with ALGORITHM=INSTANT, "
                        + "and says so if it cannot",
                "this change to orders states ALGORITHM=COPY; the server can make it with ALGORITHM=INPLACE, LOCK=NONE, "
                        + "and says so if it cannot"), found.stream().map(Finding::message).toList());
        assertEquals(LintFixture.lineOf(file, "ADD INDEX"), found.get(0).line());
    }

    @Test
    void statedOnlineChangesCopyingChangesOperationsNewTablesAndAnotherDialectPass(@TempDir Path dir) {
        LintFixture p = new LintFixture(dir);
        p.sql("99990000000a", "", "index orders by customer",
                "ALTER TABLE orders ADD INDEX ix_orders_customer (customer_id), ALGORITHM=INPLACE, LOCK=NONE;",
                "ALTER TABLE orders DROP INDEX ix_orders_customer, ALGORITHM=INPLACE, LOCK=NONE;");
        p.sql("99990000000b", "99990000000a", "add a note to orders",
                "ALTER TABLE orders ADD COLUMN note TEXT, ALGORITHM=INSTANT;",
                "ALTER TABLE orders DROP COLUMN note, ALGORITHM=INPLACE, LOCK=NONE;");
        p.sql("99990000000c", "99990000000b", "widen order totals",
                "ALTER TABLE orders MODIFY total BIGINT NOT NULL;", "ALTER TABLE orders MODIFY total INT NOT NULL;");
        p.java("99990000000d", "99990000000c", "index orders by date",
                "op.createIndex(\"ix_orders_date\", \"orders\", \"created_at\");", "op.dropIndex(\"ix_orders_date\", \"orders\");");
        p.sql("99990000000e", "99990000000d", "create refunds with an index by order",
                "CREATE TABLE refunds (id INT PRIMARY KEY, order_id INT);\nALTER TABLE refunds ADD INDEX ix_refunds_order (order_id);",
                "DROP TABLE refunds;");

        assertEquals(List.of(), p.findings(OnlineAlterClauseRule.RULE, MYSQL));
        assertEquals(List.of(), p.findings(OnlineAlterClauseRule.RULE, POSTGRES));
    }
}
