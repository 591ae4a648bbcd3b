package dev.retort.dialect.postgres;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.CapturingSession;
import dev.retort.dialect.JdbcSession;
import dev.retort.dialect.RevisionFiles;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static dev.retort.schema.Types.INTEGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a real server: constraints and NOT NULL added to a table that has rows take the forms that keep its lock
 * short (NOT VALID, then VALIDATE; SET NOT NULL through a validated check), end validated, and reverse; a
 * table the same revision created takes the plain forms.
 */
class PostgresLockFormsTest {
    private static final String TABLES = "CREATE TABLE customers (id INTEGER PRIMARY KEY);"
            + " CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total INTEGER);"
            + " INSERT INTO customers SELECT g FROM generate_series(1, 50) g;"
            + " INSERT INTO orders SELECT g, 1 + g % 50, g FROM generate_series(1, 1000) g";
    private static final ForeignKey TO_CUSTOMERS = ForeignKey.foreignKey("customer_id", "customers", "id");

    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void aForeignKeyOnATableWithRowsIsAddedNotValidThenValidated() throws SQLException {
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection connection = db.connect()) {
            execute(connection, TABLES);
            List<String> sql = apply(connection, new CreateForeignKey("orders", TO_CUSTOMERS));
            assertEquals(List.of("ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)"
                            + " REFERENCES customers (id) NOT VALID",
                    "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey"), sql);
            assertEquals(List.of("orders_customer_id_fkey f validated"), constraints(connection, "orders"));

            apply(connection, new CreateForeignKey("orders", TO_CUSTOMERS).reverse());
            assertEquals(List.of(), constraints(connection, "orders"));
        }
    }

    @Test
    void aCheckIsAddedNotValidThenValidatedUnderTheNamePostgresqlWouldGiveIt() throws SQLException {
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection connection = db.connect()) {
            execute(connection, TABLES);
            List<String> sql = apply(connection, new CreateCheckConstraint("orders", CheckConstraint.check("total >= 0")),
                    new CreateCheckConstraint("orders", new CheckConstraint("ck_small", "total < 1000000")));
            assertEquals(List.of("ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID",
                    "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check",
                    "ALTER TABLE orders ADD CONSTRAINT ck_small CHECK (total < 1000000) NOT VALID",
                    "ALTER TABLE orders VALIDATE CONSTRAINT ck_small"), sql);
            assertEquals(List.of("ck_small c validated", "orders_total_check c validated"), constraints(connection, "orders"));

            apply(connection, new CreateCheckConstraint("orders", CheckConstraint.check("total >= 0")).reverse());
            assertEquals(List.of("ck_small c validated"), constraints(connection, "orders"));
        }
    }

    @Test
    void aCheckThatExistingRowsBreakFailsAtTheValidation() throws SQLException {
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection connection = db.connect()) {
            execute(connection, TABLES);
            RuntimeException failure = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> apply(connection, new CreateCheckConstraint("orders", CheckConstraint.check("total < 10"))));
            assertTrue(failure.getMessage().contains("VALIDATE CONSTRAINT orders_total_check"), failure.getMessage());
        }
    }

    @Test
    void setNotNullOnATableWithRowsGoesThroughAValidatedCheckThatIsDroppedAfter() throws SQLException {
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection connection = db.connect()) {
            execute(connection, TABLES);
            List<String> sql = apply(connection, new AlterColumn("orders", "customer_id", change().notNull(), null));
            assertEquals(List.of(
                    "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null CHECK (customer_id IS NOT NULL) NOT VALID",
                    "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null",
                    "ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL",
                    "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_not_null"), sql);
            assertEquals(List.of(), constraints(connection, "orders"), "the check is gone");
            assertEquals(false, nullable(connection, "orders", "customer_id"));

            apply(connection, new AlterColumn("orders", "customer_id", change().nullable(true), null));
            assertEquals(true, nullable(connection, "orders", "customer_id"));
        }
    }

    @Test
    void aTableCreatedEarlierInTheRevisionTakesThePlainForms() throws SQLException {
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection connection = db.connect()) {
            execute(connection, TABLES);
            List<String> sql = apply(connection,
                    new CreateTable(Table.of("refunds", column("id", INTEGER).primaryKey(), column("customer_id", INTEGER))),
                    new CreateForeignKey("refunds", TO_CUSTOMERS),
                    new AlterColumn("refunds", "customer_id", change().notNull(), null));
            assertEquals(List.of("ALTER TABLE refunds ADD FOREIGN KEY (customer_id) REFERENCES customers (id)",
                    "ALTER TABLE refunds ALTER COLUMN customer_id SET NOT NULL"), sql.subList(1, sql.size()));
        }
    }

    @Test
    void upgradeAppliesTheFormsOnATableWithRowsDowngradeReversesThemAndSqlPrintsThem(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir)
                .sql("000000000001", "", "create customers and orders", TABLES + ";",
                        "DROP TABLE orders; DROP TABLE customers;")
                .java("000000000002", "000000000001", "require customers on orders",
                        "op.createForeignKey(\"orders\", foreignKey(\"customer_id\", \"customers\", \"id\"));"
                                + " op.alterColumn(\"orders\", \"customer_id\", change().notNull());",
                        "op.alterColumn(\"orders\", \"customer_id\", change().nullable(true));"
                                + " op.dropForeignKey(\"orders\", foreignKey(\"customer_id\", \"customers\", \"id\"));");
        String offline = open(dir, "jdbc:postgresql://127.0.0.1:1/app?user=postgres").upgradeSql("head");
        assertTrue(offline.contains("ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;\n"
                + "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null CHECK (customer_id IS NOT NULL) NOT VALID;\n"
                + "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null;\n"
                + "ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;\n"
                + "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_not_null;\n"), offline);

        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection connection = db.connect()) {
            Retort retort = open(dir, db.url());
            retort.upgrade("head");
            assertEquals(List.of("orders_customer_id_fkey f validated"), constraints(connection, "orders"));
            assertEquals(false, nullable(connection, "orders", "customer_id"));

            retort.downgrade("-1");
            assertEquals(List.of(), constraints(connection, "orders"));
            assertEquals(true, nullable(connection, "orders", "customer_id"));
            assertEquals(List.of("000000000001"), retort.current());
        }
    }

    private static Retort open(Path dir, String url) {
        return Retort.open(RetortConfig.builder().projectDir(dir).url(url).build());
    }

    private List<String> apply(Connection connection, Operation... operations) {
        CapturingSession session = new CapturingSession(new JdbcSession(connection));
        dialect.apply(List.of(operations), session);
        return session.statements();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /** The table's foreign keys and checks: name, type, validated or not. */
    private static List<String> constraints(Connection connection, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT conname, contype,"
                + " convalidated FROM pg_constraint WHERE conrelid = '" + table + "'::regclass AND contype IN ('f', 'c')"
                + " ORDER BY conname")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + (rs.getBoolean(3) ? "validated" : "not valid"));
            }
        }
        return out;
    }

    private static boolean nullable(Connection connection, String table, String column) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT is_nullable FROM"
                + " information_schema.columns WHERE table_name = '" + table + "' AND column_name = '" + column + "'")) {
            rs.next();
            return rs.getString(1).equals("YES");
        }
    }
}
