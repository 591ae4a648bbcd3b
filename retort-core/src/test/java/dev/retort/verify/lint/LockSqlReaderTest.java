package dev.retort.verify.lint;

import dev.retort.schema.Types;
import dev.retort.verify.lint.LockChange.ColumnAdded;
import dev.retort.verify.lint.LockChange.ConstraintAdded;
import dev.retort.verify.lint.LockChange.ConstraintValidated;
import dev.retort.verify.lint.LockChange.IndexBuild;
import dev.retort.verify.lint.LockChange.NotNullSet;
import dev.retort.verify.lint.LockChange.Renamed;
import dev.retort.verify.lint.LockChange.TypeChanged;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Statement in, what the locking rules see out: the table, each change, the stated algorithm and lock. */
class LockSqlReaderTest {
    @Test
    void readsEachActionOfAnAlterTableWithQuotedAndQualifiedNames() {
        LockStatement s = LockSqlReader.read("ALTER TABLE IF EXISTS ONLY shop.\"Orders\"\n"
                + "  ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL, -- a comment, with a comma\n"
                + "  ALTER COLUMN total SET DATA TYPE numeric(12, 2) USING total::numeric,\n"
                + "  ALTER customer_id SET NOT NULL,\n"
                + "  ADD CONSTRAINT ck_total CHECK (total >= 0 AND note <> 'a, b') NOT VALID,\n"
                + "  ADD FOREIGN KEY (customer_id) REFERENCES customers (id),\n"
                + "  VALIDATE CONSTRAINT ck_total,\n"
                + "  RENAME COLUMN note TO remark");
        assertEquals("Orders", s.table());
        assertEquals(List.of(new ColumnAdded("token", "gen_random_uuid()"),
                new TypeChanged("total", null, Types.raw("numeric(12, 2)")), new NotNullSet("customer_id"),
                new ConstraintAdded("ck_total", false, "total >= 0 AND note <> 'a, b'", true),
                new ConstraintAdded(null, true, null, false), new ConstraintValidated("ck_total"),
                new Renamed("note", "remark")), s.changes());
        assertEquals(7, s.actions().size());
    }

    @Test
    void readsIndexesTablesAndMysqlClauses() {
        assertEquals(List.of(new IndexBuild("ix_a", true)),
                LockSqlReader.read("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_a ON ONLY t USING btree (a)").changes());
        assertEquals(List.of(new IndexBuild(null, false)), LockSqlReader.read("CREATE INDEX ON t (a)").changes());
        LockStatement created = LockSqlReader.read("CREATE TABLE IF NOT EXISTS `shop`.`refunds` (id INT)");
        assertEquals(List.of("refunds", "true"), List.of(created.table(), String.valueOf(created.creates())));

        LockStatement mysql = LockSqlReader.read("ALTER TABLE orders MODIFY COLUMN total BIGINT NOT NULL, "
                + "CHANGE note remark VARCHAR(20), ALGORITHM = INPLACE, LOCK = NONE");
        assertEquals(List.of(new TypeChanged("total", null, Types.raw("BIGINT")),
                new TypeChanged("note", null, Types.raw("VARCHAR(20)")), new Renamed("note", "remark")), mysql.changes());
        assertEquals(List.of("INPLACE", "NONE", "2"), List.of(mysql.algorithm(), mysql.lock(),
                String.valueOf(mysql.actions().size())));
        assertEquals("orders", LockSqlReader.read("DROP INDEX ix ON orders").table());
    }

    @Test
    void statementsWithNoTableChangeAreNothing() {
        for (String sql : List.of("UPDATE orders SET total = 0", "SELECT 1", "DROP INDEX ix_orders_customer",
                "COMMENT ON TABLE orders IS 'x'")) {
            assertEquals(List.of(), LockSqlReader.read(sql).changes(), sql);
        }
        assertEquals(null, LockSqlReader.read("DROP INDEX CONCURRENTLY ix_orders_customer").table());
    }
}
