package dev.retort.dialect.sqlite;

import dev.retort.dialect.CapturingSession;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.error.RetortException;
import dev.retort.schema.Deferrable;
import dev.retort.schema.FkAction;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.retort.ops.Dsl.check;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.primaryKey;
import static dev.retort.ops.Dsl.unique;
import static dev.retort.schema.Types.BOOLEAN;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.JSON;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.numeric;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operations that need no table rebuild: operation in, exact SQL out. */
class SqliteDdlRendererTest {
    private final SqliteDialect dialect = new SqliteDialect(new SqliteSettings(true));

    private List<String> render(Operation op) {
        return dialect.render(op, new CapturingSession((java.sql.Connection) null));
    }

    @Test
    void createTableWithEveryKindOfConstraint() {
        Table orders = Table.of("orders",
                column("id", INTEGER).primaryKey().autoIncrement(),
                column("customer_id", INTEGER).notNull(),
                column("code", string(20)).notNull().unique(),
                column("total", numeric(10, 2)).serverDefault("0"),
                column("paid", BOOLEAN).notNull().serverDefault("FALSE"),
                column("created_at", TIMESTAMP).serverDefault("CURRENT_TIMESTAMP"),
                column("meta", JSON),
                column("order", TEXT).serverDefault("lower('A')"),
                foreignKey("customer_id", "customers", "id").named("fk_orders_customer")
                        .onDelete(FkAction.CASCADE).onUpdate(FkAction.SET_NULL),
                check("total >= 0"),
                check("length(code) > 2").named("ck_code"));
        assertEquals(List.of("""
                CREATE TABLE orders (
                    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    customer_id INTEGER NOT NULL,
                    code VARCHAR(20) NOT NULL,
                    total NUMERIC(10, 2) DEFAULT 0,
                    paid BOOLEAN NOT NULL DEFAULT FALSE,
                    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                    meta JSON,
                    "order" TEXT DEFAULT (lower('A')),
                    UNIQUE (code),
                    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE SET NULL,
                    CHECK (total >= 0),
                    CONSTRAINT ck_code CHECK (length(code) > 2)
                )"""), render(new CreateTable(orders)));
    }

    @Test
    void compositePrimaryKeyAndTableIndexes() {
        Table t = Table.of("memberships", column("user_id", INTEGER).notNull(), column("group_id", INTEGER).notNull(),
                        primaryKey("user_id", "group_id"), unique("group_id", "user_id").named("uq_member"))
                .withIndexes(List.of(Index.index("ix_group", "memberships", "group_id")));
        assertEquals(List.of("""
                CREATE TABLE memberships (
                    user_id INTEGER NOT NULL,
                    group_id INTEGER NOT NULL,
                    PRIMARY KEY (user_id, group_id),
                    CONSTRAINT uq_member UNIQUE (group_id, user_id)
                )""", "CREATE INDEX ix_group ON memberships (group_id)"), render(new CreateTable(t)));
    }

    @Test
    void simpleOperations() {
        assertEquals(List.of("DROP TABLE orders"), render(new DropTable("orders", null)));
        assertEquals(List.of("ALTER TABLE orders RENAME TO \"order items\""), render(new RenameTable("orders", "order items")));
        assertEquals("ALTER TABLE orders ADD COLUMN note VARCHAR(100) DEFAULT 'n/a'",
                SqliteDdlRenderer.addColumn("orders", column("note", string(100)).serverDefault("'n/a'")));
        assertEquals("CREATE UNIQUE INDEX ix_email ON users (lower(email), tenant) WHERE deleted_at IS NULL",
                SqliteDdlRenderer.createIndex(Index.index("ix_email", "users", "lower(email)", "tenant").unique()
                        .where("deleted_at IS NULL")));
        assertEquals(List.of("DROP INDEX ix_email"), render(new DropIndex("ix_email", null, null)));
        assertEquals(List.of("UPDATE t SET a = 1"), render(new Execute("UPDATE t SET a = 1", "sqlite")));
        assertEquals(List.of(), render(new Execute("UPDATE t SET a = 1", "postgresql")));
    }

    @Test
    void bulkInsertRendersLiterals() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("name", "O'Brien");
        row.put("active", true);
        row.put("score", null);
        row.put("data", new byte[]{1, (byte) 0xAB});
        assertEquals(List.of("INSERT INTO people (id, name, active, score, data) VALUES (1, 'O''Brien', 1, NULL, X'01AB')"),
                render(new BulkInsert("people", List.of(row))));
    }

    @Test
    void quoting() {
        assertEquals("users", dialect.quote("users"));
        assertEquals("\"select\"", dialect.quote("select"));
        assertEquals("\"my \"\"odd\"\" name\"", dialect.quote("my \"odd\" name"));
        assertEquals("\"1st\"", dialect.quote("1st"));
    }

    @Test
    void aDeferrableKeyIsRefusedWithAMessageAndADeferrableForeignKeyIsWritten() {
        RetortException key = assertThrows(RetortException.class, () -> render(new CreateTable(Table.of("authors",
                column("code", string(20)).notNull(), primaryKey("code").deferrable(Deferrable.DEFERRABLE)))));
        assertEquals("primary key [code] is DEFERRABLE, which SQLite has on foreign keys only; remove"
                + " .deferrable(...) from the revision for this database", key.getMessage());
        assertThrows(RetortException.class, () -> render(new CreateTable(Table.of("counters",
                column("id", INTEGER).notNull().autoIncrement(), primaryKey("id").deferrable(Deferrable.DEFERRABLE)))));
        assertThrows(RetortException.class, () -> render(new CreateTable(Table.of("authors",
                column("id", INTEGER).primaryKey(), column("code", TEXT),
                unique("code").deferrable(Deferrable.INITIALLY_DEFERRED)))));
        List<String> books = render(new CreateTable(Table.of("books", column("id", INTEGER).primaryKey(),
                column("author_id", INTEGER),
                foreignKey("author_id", "authors", "id").deferrable(Deferrable.INITIALLY_DEFERRED))));
        assertEquals(1, books.size(), books.toString());
        assertTrue(books.get(0).contains("REFERENCES authors (id) DEFERRABLE INITIALLY DEFERRED"),
                books.get(0));
    }
}
