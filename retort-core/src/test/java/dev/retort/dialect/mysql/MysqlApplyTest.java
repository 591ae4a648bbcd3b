package dev.retort.dialect.mysql;

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
import dev.retort.schema.FkAction;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.check;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.index;
import static dev.retort.ops.Dsl.primaryKey;
import static dev.retort.ops.Dsl.unique;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.numeric;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation kind carried out by {@link MysqlDialect#apply} on MariaDB, on tables holding rows: the
 * schema reads back as asked and the rows survive type changes and renames.
 */
class MysqlApplyTest {
    private final MysqlDialect dialect = new MysqlDialect();
    private MariadbTestServer db;

    @BeforeEach
    void createLibrary() {
        db = MariadbTestServer.create();
        apply(new CreateTable(Table.of("authors",
                        column("id", INTEGER).primaryKey().autoIncrement(),
                        column("name", string(50)).notNull(),
                        column("score", string(10)))),
                new CreateTable(Table.of("books",
                        column("id", INTEGER).primaryKey(),
                        column("author_id", INTEGER).notNull(),
                        column("title", string(100)).notNull(),
                        column("price", numeric(8, 2)),
                        foreignKey("author_id", "authors", "id").onDelete(FkAction.CASCADE))
                        .withIndexes(List.of(index("ix_books_title", "books", "title")))),
                new BulkInsert("authors", List.of(row("name", "Ann", "score", "1"), row("name", "Bob", "score", "2"),
                        row("name", "Cy's", "score", null))),
                new BulkInsert("books", List.of(row("id", 10, "author_id", 1, "title", "Alpha", "price", 9.5),
                        row("id", 11, "author_id", 2, "title", "Beta", "price", null))));
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (db != null) { // null when the server was unreachable and the test was skipped
            db.close();
        }
    }

    private void apply(Operation... operations) {
        dialect.apply(List.of(operations), db.session);
    }

    private Table table(String name) {
        return dialect.inspector().table(db.connection, name).orElseThrow();
    }

    /** Every index the server lists, including those the model leaves out (made for keys, backing uniques). */
    private List<String> allIndexNames(String table) {
        return new MysqlInspector().allIndexes(db.connection, table).stream().map(Index::name).toList();
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    @Test
    void aChangeThatWouldLoseDataIsRefusedByTheServerAndEarlierDdlStays() {
        RetortException e = assertThrows(RetortException.class, () -> apply(
                new AlterColumn("authors", "name", change().type(string(200)), null),
                new AlterColumn("authors", "score", change().type(INTEGER).notNull().serverDefault("0"), null)));
        // A NULL score cannot become NOT NULL: strict mode (MariaDB's default) refuses instead of writing 0.
        assertTrue(e.getMessage().startsWith("statement failed: ") && e.getMessage().contains("Data truncated for column"
                + " 'score' at row 3 in: ALTER TABLE `authors` MODIFY COLUMN `score` INT NOT NULL DEFAULT 0"), e.getMessage());
        assertEquals(List.of("1|Ann|1", "2|Bob|2", "3|Cy's|NULL"), db.rows("SELECT id, name, score FROM authors ORDER BY id"));
        // DDL is not transactional: the first ALTER happened and stays (the runtime marks the revision dirty).
        assertEquals("string(200) NOT NULL", describe(table("authors"), "name"));
    }

    @Test
    void columnChangesCarriedOutOneByOneKeepTheRows() {
        apply(new AlterColumn("authors", "name", change().type(string(200)), null),
                new AlterColumn("authors", "score", change().type(INTEGER).serverDefault("0"), null),
                new AlterColumn("authors", "name", change().rename("full_name"), null),
                new AlterColumn("books", "title", change().rename("heading").type(TEXT), null),
                new AddColumn("books", column("isbn", string(13)).notNull().serverDefault("'none'")),
                new DropColumn("books", "price", null));

        Table authors = table("authors");
        assertEquals("string(200) NOT NULL", describe(authors, "full_name"));
        assertEquals("INTEGER NULL DEFAULT 0", describe(authors, "score"));
        assertTrue(authors.column("id").orElseThrow().isAutoIncrement(), "MODIFY elsewhere keeps AUTO_INCREMENT");
        assertEquals(List.of("1|Ann|1", "2|Bob|2", "3|Cy's|NULL"),
                db.rows("SELECT id, full_name, score FROM authors ORDER BY id"));
        assertEquals(List.of("10|Alpha|none", "11|Beta|none"), db.rows("SELECT id, heading, isbn FROM books ORDER BY id"));
        assertEquals(List.of("id", "author_id", "heading", "isbn"),
                table("books").columns().stream().map(c -> c.name()).toList());
    }

    @Test
    void modifyKeepsWhatTheModelDoesNotKnow() {
        db.exec("ALTER TABLE authors MODIFY name VARCHAR(50) COLLATE utf8mb4_bin NOT NULL COMMENT 'pen name'");
        apply(new AlterColumn("authors", "name", change().type(string(80)), null));
        assertEquals(List.of("varchar(80)|utf8mb4_bin|pen name|NO"), db.rows("SELECT COLUMN_TYPE, COLLATION_NAME,"
                + " COLUMN_COMMENT, IS_NULLABLE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'authors' AND COLUMN_NAME = 'name'"));

        db.exec("ALTER TABLE authors ADD COLUMN secret VARCHAR(10) INVISIBLE");
        apply(new AlterColumn("authors", "secret", change().type(string(30)), null));
        assertEquals(List.of("varchar(30)|INVISIBLE"), db.rows("SELECT COLUMN_TYPE, EXTRA FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'authors' AND COLUMN_NAME = 'secret'"));

        db.exec("ALTER TABLE authors ADD COLUMN touched DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6)",
                "UPDATE authors SET touched = '2026-01-01 10:00:00'");
        apply(new AlterColumn("authors", "touched", change().notNull().serverDefault("CURRENT_TIMESTAMP"), null));
        assertEquals(List.of("NO|current_timestamp(6)|on update current_timestamp(6)"), db.rows("SELECT IS_NULLABLE,"
                + " COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'authors' AND COLUMN_NAME = 'touched'"));
    }

    @Test
    void constraintsAreDroppedByNameOrFoundByWhatTheyAre() {
        apply(new AddColumn("books", column("editor_id", INTEGER)),
                new CreateUniqueConstraint("books", unique("title", "author_id")),
                new CreateCheckConstraint("books", check("price >= 0")),
                new CreateCheckConstraint("books", check("price < 1000").named("ck_price_max")),
                new CreateForeignKey("books", foreignKey("editor_id", "authors", "id").named("fk_books_editor")));
        Table books = table("books");
        assertEquals(1, books.uniques().size());
        assertEquals(2, books.checks().size());
        assertEquals(2, books.foreignKeys().size());
        assertThrows(RetortException.class, () -> db.exec("UPDATE books SET price = -1 WHERE id = 10"));

        apply(new DropConstraint("books", null, unique("TITLE", "author_id")),
                new DropConstraint("books", null, check("price>=0")),
                new DropConstraint("books", "ck_price_max", null),
                new DropConstraint("books", "fk_books_editor", null),
                new DropConstraint("books", null, foreignKey("author_id", "authors", "id")));

        books = table("books");
        assertEquals(List.of(), books.uniques());
        assertEquals(List.of(), books.checks());
        assertEquals(List.of(), books.foreignKeys());
        // The indexes InnoDB made for the two keys went with them; the model's index stays.
        assertEquals(List.of("ix_books_title"), allIndexNames("books"));
        assertEquals(List.of("10|1|Alpha", "11|2|Beta"), db.rows("SELECT id, author_id, title FROM books ORDER BY id"));
    }

    @Test
    void indexesAreDroppedWithOrWithoutTheirTableAndAForeignKeyKeepsOneToUse() {
        apply(new CreateIndex(index("ux_books_title_price", "books", "title", "price").unique()),
                new CreateIndex(index("ix_books_title_prefix", "books", "title(10)")));
        assertEquals(List.of(new Index("ix_books_title", "books", List.of("title"), false, null),
                new Index("ix_books_title_prefix", "books", List.of("title(10)"), false, null),
                new Index("ux_books_title_price", "books", List.of("title", "price"), true, null)), table("books").indexes());
        apply(new DropIndex("ix_books_title", "books", null),
                new DropIndex("ux_books_title_price", null, null),
                new DropIndex("ix_books_title_prefix", "books", null));
        assertEquals(List.of(), table("books").indexes());

        // An index created before the key is the one the key uses; dropping it brings back InnoDB's own.
        db.exec("CREATE TABLE loans (id INT PRIMARY KEY, book_id INT NOT NULL, INDEX ix_loans_book (book_id),"
                + " CONSTRAINT fk_loans_book FOREIGN KEY (book_id) REFERENCES books (id))");
        apply(new DropIndex("ix_loans_book", "loans", null));
        Table loans = table("loans");
        assertEquals(List.of(), loans.indexes());
        assertEquals(1, loans.foreignKeys().size());
        assertEquals(List.of("fk_loans_book"), allIndexNames("loans"));
    }

    @Test
    void primaryKeysAreDroppedAndCreated() {
        apply(new DropPrimaryKey("books", null), new CreatePrimaryKey("books", new PrimaryKey("ignored", List.of("id", "title"))));
        assertEquals(new PrimaryKey(null, List.of("id", "title")), table("books").primaryKey());
        apply(new DropConstraint("books", null, primaryKey("id", "title")));
        assertEquals(null, table("books").primaryKey());

        RetortException e = assertThrows(RetortException.class, () -> apply(new DropPrimaryKey("authors", null)));
        assertEquals("cannot drop the primary key of authors: its column id is AUTO_INCREMENT, which MySQL allows only"
                + " on a key; remove AUTO_INCREMENT first (op.execute(\"mysql\", \"ALTER TABLE ... MODIFY ...\"))", e.getMessage());
    }

    @Test
    void tablesRawSqlAndBatches() {
        apply(new Execute("UPDATE authors SET score = '9' WHERE id = 1", "mysql"),
                new Execute("UPDATE authors SET score = '8' WHERE id = 2", "postgresql"),
                new BatchAlterTable("authors", List.of(new AddColumn("authors", column("bio", TEXT)),
                        new CreateIndex(index("ix_authors_name", "authors", "name")))),
                new RenameTable("books", "titles"));
        assertEquals(List.of("1|9", "2|2", "3|NULL"), db.rows("SELECT id, score FROM authors ORDER BY id"));
        assertEquals(List.of("ix_authors_name"), table("authors").indexes().stream().map(Index::name).toList());
        assertEquals(List.of("10|Alpha", "11|Beta"), db.rows("SELECT id, title FROM titles ORDER BY id"));
        apply(new DropTable("titles", null));
        assertFalse(dialect.inspector().table(db.connection, "titles").isPresent());
    }

    @Test
    void aJsonColumnStaysJsonThroughModifyOnMariadb() {
        apply(new AddColumn("authors", column("profile", dev.retort.schema.Types.JSON)),
                new Execute("UPDATE authors SET profile = CONCAT('{\"id\": ', id, '}')", null),
                new AlterColumn("authors", "profile", change().notNull(), null));
        assertEquals("JSON NOT NULL", describe(table("authors"), "profile"));
        assertThrows(RetortException.class, () -> db.exec("UPDATE authors SET profile = 'not json' WHERE id = 1"),
                "MariaDB's json_valid check came back with the type");
        apply(new AlterColumn("authors", "profile", change().type(TEXT), null));
        assertEquals("TEXT NOT NULL", describe(table("authors"), "profile"));
        assertEquals(List.of("1|{\"id\": 1}", "2|{\"id\": 2}", "3|{\"id\": 3}"),
                db.rows("SELECT id, profile FROM authors ORDER BY id"));
    }

    @Test
    void aGeneratedColumnIsNotRestatedWithoutItsExpression() {
        db.exec("ALTER TABLE authors ADD COLUMN name_length INT AS (char_length(name)) STORED");
        assertEquals("cannot alter column authors.name_length: it is generated (AS char_length(`name`)), and MODIFY would"
                + " have to restate an expression the model does not hold; change it with op.execute(\"mysql\", ...)",
                assertThrows(RetortException.class, () -> apply(new AlterColumn("authors", "name_length",
                        change().type(dev.retort.schema.Types.BIGINT), null))).getMessage());
        assertEquals(List.of("3", "3", "4"), db.rows("SELECT name_length FROM authors ORDER BY id"));
    }

    @Test
    void badInputIsOneLineNamingTheTable() {
        assertEquals("cannot alter column authors.nope: table authors has no such column",
                assertThrows(RetortException.class, () -> apply(new AlterColumn("authors", "nope",
                        change().type(TEXT), null))).getMessage());
        assertEquals("cannot drop constraint nope: table books has no unique constraint, foreign key or check of that name",
                assertThrows(RetortException.class, () -> apply(new DropConstraint("books", "nope", null))).getMessage());
        assertEquals("cannot drop the check (price > 5): table books has none",
                assertThrows(RetortException.class, () -> apply(new DropConstraint("books", null, check("price > 5"))))
                        .getMessage());
        assertEquals("table ghosts does not exist in the database", assertThrows(RetortException.class,
                () -> apply(new AlterColumn("ghosts", "name", change().type(TEXT), null))).getMessage());
        assertEquals("cannot drop index ix_none: no table has an index of that name",
                assertThrows(RetortException.class, () -> apply(new DropIndex("ix_none", null, null))).getMessage());
    }

    private static String describe(Table table, String column) {
        var c = table.column(column).orElseThrow();
        return c.type() + (c.isNullable() ? " NULL" : " NOT NULL") + (c.serverDefault() == null ? "" : " DEFAULT " + c.serverDefault());
    }
}
