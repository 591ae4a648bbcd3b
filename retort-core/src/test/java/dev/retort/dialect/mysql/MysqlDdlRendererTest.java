package dev.retort.dialect.mysql;

import dev.retort.dialect.CapturingSession;
import dev.retort.error.RetortException;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Deferrable;
import dev.retort.schema.FkAction;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.check;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.index;
import static dev.retort.ops.Dsl.unique;
import static dev.retort.schema.Types.BOOLEAN;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.JSON;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.UUID;
import static dev.retort.schema.Types.numeric;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operation in, exact SQL out, with no database: what an operation carries is all the renderer uses, and
 * what it would need the database for is refused with the reason.
 */
class MysqlDdlRendererTest {
    private static final MysqlServer MARIADB = MysqlServer.mariadb(10, 11, 0);
    private static final Column NAME = column("name", string(100)).notNull().serverDefault("'x'");

    private static List<String> render(MysqlServer server, Operation op) {
        return new MysqlDialect(server).render(op, new CapturingSession((java.sql.Connection) null));
    }

    private static List<String> render(Operation op) {
        return render(MARIADB, op);
    }

    private static void assertSql(Operation op, String... expected) {
        assertEquals(Arrays.asList(expected), render(op), op.describe());
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
                column("token", UUID),
                column("order", TEXT).serverDefault("lower('A')"),
                foreignKey("customer_id", "customers", "id").named("fk_orders_customer")
                        .onDelete(FkAction.CASCADE).onUpdate(FkAction.SET_NULL),
                check("total >= 0"),
                check("length(code) > 2").named("ck_code"))
                .withIndexes(List.of(index("ix_orders_customer", "orders", "customer_id")));
        assertSql(new CreateTable(orders), """
                CREATE TABLE `orders` (
                    `id` INT NOT NULL AUTO_INCREMENT,
                    `customer_id` INT NOT NULL,
                    `code` VARCHAR(20) NOT NULL,
                    `total` DECIMAL(10, 2) DEFAULT 0,
                    `paid` TINYINT(1) NOT NULL DEFAULT FALSE,
                    `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
                    `meta` JSON,
                    `token` CHAR(36),
                    `order` TEXT DEFAULT (lower('A')),
                    PRIMARY KEY (`id`),
                    UNIQUE (`code`),
                    CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE ON UPDATE SET NULL,
                    CHECK (total >= 0),
                    CONSTRAINT `ck_code` CHECK (length(code) > 2)
                )""", "CREATE INDEX `ix_orders_customer` ON `orders` (`customer_id`)");
    }

    @Test
    void tablesAndColumns() {
        assertSql(new DropTable("orders", null), "DROP TABLE `orders`");
        assertSql(new RenameTable("orders", "purchases"), "RENAME TABLE `orders` TO `purchases`");
        assertSql(new AddColumn("books", column("isbn", string(13)).notNull().serverDefault("''")),
                "ALTER TABLE `books` ADD COLUMN `isbn` VARCHAR(13) NOT NULL DEFAULT ''");
        assertSql(new AddColumn("books", column("editor_id", INTEGER).unique().references("authors", "id", FkAction.SET_NULL)),
                "ALTER TABLE `books` ADD COLUMN `editor_id` INT, ADD UNIQUE (`editor_id`),"
                        + " ADD FOREIGN KEY (`editor_id`) REFERENCES `authors` (`id`) ON DELETE SET NULL");
        assertSql(new AddColumn("books", column("blurb", TEXT).serverDefault("'tbd'")),
                "ALTER TABLE `books` ADD COLUMN `blurb` TEXT DEFAULT ('tbd')");
        assertSql(new AddColumn("tags", column("id", INTEGER).primaryKey().autoIncrement()),
                "ALTER TABLE `tags` ADD COLUMN `id` INT NOT NULL AUTO_INCREMENT, ADD PRIMARY KEY (`id`)");
        assertSql(new DropColumn("books", "isbn", null), "ALTER TABLE `books` DROP COLUMN `isbn`");
    }

    @Test
    void alterColumnRestatesTheWholeColumnFromWhatTheOperationCarries() {
        assertSql(new AlterColumn("authors", "name", change().type(string(150)), NAME),
                "ALTER TABLE `authors` MODIFY COLUMN `name` VARCHAR(150) NOT NULL DEFAULT 'x'");
        assertSql(new AlterColumn("authors", "name", change().nullable(true).dropDefault(), NAME),
                "ALTER TABLE `authors` MODIFY COLUMN `name` VARCHAR(100)");
        assertSql(new AlterColumn("authors", "name", change().serverDefault("'it''s'"), null),
                "ALTER TABLE `authors` ALTER COLUMN `name` SET DEFAULT 'it''s'");
        Column bio = column("bio", TEXT);
        assertEquals(List.of("ALTER TABLE `authors` MODIFY COLUMN `bio` TEXT DEFAULT ('none')"),
                render(MysqlServer.mysql(8, 0, 36), new AlterColumn("authors", "bio", change().serverDefault("'none'"), bio)),
                "MySQL takes a TEXT column's default only as an expression");
        assertSql(new AlterColumn("authors", "bio", change().serverDefault("'none'"), bio),
                "ALTER TABLE `authors` ALTER COLUMN `bio` SET DEFAULT 'none'");
        assertSql(new AlterColumn("authors", "name", change().serverDefault("upper('x')"), NAME),
                "ALTER TABLE `authors` MODIFY COLUMN `name` VARCHAR(100) NOT NULL DEFAULT (upper('x'))");
        assertSql(new AlterColumn("authors", "name", change().rename("full_name"), null),
                "ALTER TABLE `authors` RENAME COLUMN `name` TO `full_name`");
        assertSql(new AlterColumn("authors", "name", change().rename("full_name").type(TEXT), NAME),
                "ALTER TABLE `authors` CHANGE COLUMN `name` `full_name` TEXT NOT NULL DEFAULT ('x')");
        assertEquals(List.of("ALTER TABLE `authors` CHANGE COLUMN `name` `full_name` VARCHAR(100) NOT NULL DEFAULT 'x'"),
                render(MysqlServer.mariadb(10, 4, 30), new AlterColumn("authors", "name", change().rename("full_name"), NAME)),
                "MariaDB before 10.5 has no RENAME COLUMN");
    }

    @Test
    void alterColumnWithoutItsDefinitionOrADatabaseIsRefused() {
        RetortException e = assertThrows(RetortException.class,
                () -> render(new AlterColumn("authors", "name", change().type(TEXT), null)));
        assertEquals("cannot alter column authors.name without a database: MySQL's MODIFY COLUMN restates the whole"
                + " column, and its current definition is not known", e.getMessage());
    }

    @Test
    void indexes() {
        assertSql(new CreateIndex(index("ix_books_title", "books", "title", "author_id")),
                "CREATE INDEX `ix_books_title` ON `books` (`title`, `author_id`)");
        assertSql(new CreateIndex(index("ux_authors_name", "authors", "name").unique()),
                "CREATE UNIQUE INDEX `ux_authors_name` ON `authors` (`name`) COMMENT 'retort:unique-index'");
        assertSql(new CreateIndex(index("ix_books_blurb", "books", "blurb(20)", "title")),
                "CREATE INDEX `ix_books_blurb` ON `books` (`blurb`(20), `title`)");
        assertSql(new DropIndex("ix_books_title", "books", null), "DROP INDEX `ix_books_title` ON `books`");
        assertEquals(List.of("CREATE INDEX `ix_lower` ON `authors` ((lower(name)))"),
                render(MysqlServer.mysql(8, 0, 13), new CreateIndex(index("ix_lower", "authors", "lower(name)"))));
    }

    @Test
    void whatMysqlCannotIndexIsRefusedNamingTheIndex() {
        RetortException partial = assertThrows(RetortException.class, () -> render(MysqlServer.mysql(8, 4, 0),
                new CreateIndex(index("ix_priced", "books", "price").where("price IS NOT NULL"))));
        assertTrue(partial.getMessage().startsWith("index ix_priced on books is partial (WHERE price IS NOT NULL):"
                + " MySQL and MariaDB have no partial indexes"), partial.getMessage());
        RetortException expression = assertThrows(RetortException.class,
                () -> render(new CreateIndex(index("ix_lower", "authors", "lower(name)"))));
        assertEquals("index ix_lower on authors is on the expression lower(name), which MariaDB 10.11.0 cannot index"
                + " (MySQL 8.0.13+ can); index a generated column instead", expression.getMessage());
        assertThrows(RetortException.class, () -> render(MysqlServer.mysql(8, 0, 12),
                new CreateIndex(index("ix_lower", "authors", "lower(name)"))));
        RetortException noTable = assertThrows(RetortException.class, () -> render(new DropIndex("ix_books_title", null, null)));
        assertTrue(noTable.getMessage().contains("write op.dropIndex(\"ix_books_title\", table)"), noTable.getMessage());
    }

    @Test
    void constraints() {
        assertSql(new CreateUniqueConstraint("books", unique("author_id", "title").named("uq_books")),
                "ALTER TABLE `books` ADD CONSTRAINT `uq_books` UNIQUE (`author_id`, `title`)");
        assertSql(new CreateForeignKey("books", foreignKey("editor_id", "authors", "id").onDelete(FkAction.RESTRICT)),
                "ALTER TABLE `books` ADD FOREIGN KEY (`editor_id`) REFERENCES `authors` (`id`) ON DELETE RESTRICT");
        assertSql(new CreateCheckConstraint("books", check("price >= 0").named("ck_price")),
                "ALTER TABLE `books` ADD CONSTRAINT `ck_price` CHECK (price >= 0)");
        assertSql(new CreatePrimaryKey("editions", new PrimaryKey("pk_editions", List.of("id", "isbn"))),
                "ALTER TABLE `editions` ADD PRIMARY KEY (`id`, `isbn`)");
        assertSql(new DropPrimaryKey("editions", null), "ALTER TABLE `editions` DROP PRIMARY KEY");
    }

    @Test
    void matchIsWrittenWhereTheGrammarPutsItAndDeferrableIsRefused() {
        assertSql(new CreateForeignKey("books", foreignKey("editor_id", "authors", "id").match("FULL")
                        .onDelete(FkAction.CASCADE)),
                "ALTER TABLE `books` ADD FOREIGN KEY (`editor_id`) REFERENCES `authors` (`id`) MATCH FULL ON DELETE CASCADE");
        RetortException key = assertThrows(RetortException.class, () -> render(new CreateForeignKey("books",
                foreignKey("editor_id", "authors", "id").deferrable(Deferrable.INITIALLY_DEFERRED))));
        assertEquals("foreign key [editor_id] -> authors is DEFERRABLE INITIALLY DEFERRED, which MySQL and MariaDB do"
                + " not have (InnoDB checks keys row by row); remove .deferrable(...) from the revision for this database",
                key.getMessage());
        assertThrows(RetortException.class, () -> render(new CreateUniqueConstraint("books",
                unique("title").deferrable(Deferrable.DEFERRABLE))));
        assertThrows(RetortException.class, () -> render(new CreateTable(Table.of("editions",
                column("id", INTEGER).notNull(), PrimaryKey.primaryKey("id").deferrable(Deferrable.DEFERRABLE)))));
    }

    @Test
    void aNamedConstraintIsDroppedTheWayItsKindNeeds() {
        assertSql(new DropConstraint("books", "uq_books", new UniqueConstraint("uq_books", List.of("title"))),
                "DROP INDEX `uq_books` ON `books`");
        assertSql(new DropConstraint("books", "fk_editor", foreignKey("editor_id", "authors", "id").named("fk_editor")),
                "ALTER TABLE `books` DROP FOREIGN KEY `fk_editor`");
        CheckConstraint check = new CheckConstraint("ck_price", "price >= 0");
        assertSql(new DropConstraint("books", "ck_price", check), "ALTER TABLE `books` DROP CONSTRAINT `ck_price`");
        assertEquals(List.of("ALTER TABLE `books` DROP CHECK `ck_price`"),
                render(MysqlServer.mysql(8, 0, 16), new DropConstraint("books", "ck_price", check)));
        assertSql(new DropConstraint("editions", null, new PrimaryKey(null, List.of("id"))),
                "ALTER TABLE `editions` DROP PRIMARY KEY");
    }

    @Test
    void withoutADatabaseAnUnnamedOrUnknownConstraintCannotBeDropped() {
        RetortException unnamed = assertThrows(RetortException.class,
                () -> render(new DropConstraint("books", null, unique("title"))));
        assertEquals("cannot drop the unique constraint on (title) on books without a database: MySQL needs the"
                + " constraint's name, which only the database knows", unnamed.getMessage());
        RetortException unknownKind = assertThrows(RetortException.class,
                () -> render(new DropConstraint("books", "mystery", null)));
        assertTrue(unknownKind.getMessage().startsWith("cannot drop constraint mystery on books without a database"));
    }

    @Test
    void executeRunsOnlyWhereItsDialectFilterAllows() {
        assertSql(new Execute("UPDATE t SET a = 1", "mysql"), "UPDATE t SET a = 1");
        assertSql(new Execute("UPDATE t SET a = 2", null), "UPDATE t SET a = 2");
        assertSql(new Execute("UPDATE t SET a = 3", "postgresql"));
        assertSql(new Execute("UPDATE t SET a = 4", "sqlite"));
    }

    @Test
    void bulkInsertWritesLiteralsMysqlReadsBack() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 1);
        first.put("name", "it's a \\ path");
        first.put("flag", true);
        first.put("data", new byte[] {1, (byte) 0xAB});
        first.put("price", new java.math.BigDecimal("1.50"));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("id", 2L);
        second.put("name", null);
        second.put("flag", false);
        second.put("ratio", Double.NaN);
        assertSql(new BulkInsert("t", List.of(first, second)),
                "INSERT INTO `t` (`id`, `name`, `flag`, `data`, `price`, `ratio`) VALUES"
                        + " (1, 'it''s a \\\\ path', TRUE, X'01AB', 1.50, NULL), (2, NULL, FALSE, NULL, NULL, NULL)");
    }

    @Test
    void batchAlterTableRendersItsOperationsInOrder() {
        assertSql(new BatchAlterTable("books", List.of(new AddColumn("books", column("isbn", string(13))),
                        new CreateIndex(index("ix_isbn", "books", "isbn")))),
                "ALTER TABLE `books` ADD COLUMN `isbn` VARCHAR(13)", "CREATE INDEX `ix_isbn` ON `books` (`isbn`)");
    }
}
