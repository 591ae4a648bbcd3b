package dev.retort.dialect.mysql;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.BLOB;
import static dev.retort.schema.Types.BOOLEAN;
import static dev.retort.schema.Types.DATE;
import static dev.retort.schema.Types.DOUBLE;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.JSON;
import static dev.retort.schema.Types.REAL;
import static dev.retort.schema.Types.SMALLINT;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.TIME;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.UUID;
import static dev.retort.schema.Types.binary;
import static dev.retort.schema.Types.numeric;
import static dev.retort.schema.Types.raw;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every construct created with plain SQL on MariaDB, read back into the neutral model exactly. */
class MysqlInspectorTest {
    private MariadbTestServer db;
    private final MysqlInspector inspector = new MysqlInspector();

    @BeforeEach
    void open() {
        db = MariadbTestServer.create();
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) { // null when the server was unreachable and the test was skipped
            db.close();
        }
    }

    private static Column col(String name, ColumnType type, boolean nullable, String serverDefault) {
        return new Column(name, type, nullable, serverDefault, false, false, false, null);
    }

    @Test
    void readsColumnsOfEveryTypeWithDefaultsKeysAndChecks() {
        db.exec("""
                CREATE TABLE authors (
                    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                    name VARCHAR(100) NOT NULL,
                    email VARCHAR(200) UNIQUE,
                    status VARCHAR(20) NOT NULL DEFAULT 'it''s',
                    score INT DEFAULT 0,
                    small SMALLINT, big BIGINT, flag BOOLEAN NOT NULL DEFAULT TRUE,
                    ratio FLOAT, measure DOUBLE, price DECIMAL(10,2) DEFAULT 0, whole DECIMAL,
                    body TEXT DEFAULT ('none'), day DATE, at TIME, stamp DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
                    digest VARBINARY(16), payload LONGBLOB, doc JSON, uid CHAR(36),
                    legacy DATETIME DEFAULT CURRENT_TIMESTAMP, kind ENUM('a','B') DEFAULT 'B', counter INT(10) UNSIGNED,
                    CONSTRAINT ck_score CHECK (score >= 0),
                    CHECK (char_length(status) > 0),
                    CONSTRAINT ck_status CHECK (status <> 'it''s \\\\ a')
                )""",
                "CREATE UNIQUE INDEX ux_authors_name ON authors (name) COMMENT 'retort:unique-index'",
                "CREATE UNIQUE INDEX uq_authors_score ON authors (score)",
                "CREATE INDEX ix_authors_body ON authors (body(20), day)");

        Table expected = new Table("authors", List.of(
                new Column("id", INTEGER, false, null, true, false, false, null),
                col("name", string(100), false, null),
                col("email", string(200), true, null),
                col("status", string(20), false, "'it''s'"),
                col("score", INTEGER, true, "0"),
                col("small", SMALLINT, true, null),
                col("big", BIGINT, true, null),
                col("flag", BOOLEAN, false, "1"),
                col("ratio", REAL, true, null),
                col("measure", DOUBLE, true, null),
                col("price", numeric(10, 2), true, "0.00"),
                col("whole", numeric(10, 0), true, null),
                col("body", TEXT, true, "'none'"),
                col("day", DATE, true, null),
                col("at", TIME, true, null),
                col("stamp", TIMESTAMP, true, "CURRENT_TIMESTAMP"),
                col("digest", binary(16), true, null),
                col("payload", BLOB, true, null),
                col("doc", JSON, true, null),
                col("uid", UUID, true, null),
                col("legacy", raw("DATETIME"), true, "CURRENT_TIMESTAMP"),
                col("kind", raw("ENUM('a','B')"), true, "'B'"),
                col("counter", raw("INT UNSIGNED"), true, null)),
                new PrimaryKey(null, List.of("id")),
                // A unique index Retort did not mark is a unique constraint to MySQL, as is UNIQUE on a column.
                List.of(new UniqueConstraint("email", List.of("email")),
                        new UniqueConstraint("uq_authors_score", List.of("score"))),
                List.of(),
                // MariaDB names an unnamed check CONSTRAINT_<n>; the JSON column's json_valid check is not listed.
                List.of(new CheckConstraint("ck_score", "score >= 0"),
                        new CheckConstraint("ck_status", "status <> 'it''s \\\\ a'"),
                        new CheckConstraint("CONSTRAINT_1", "char_length(status) > 0")),
                List.of(new Index("ix_authors_body", "authors", List.of("body(20)", "day"), false, null),
                        new Index("ux_authors_name", "authors", List.of("name"), true, null)));
        assertEquals(Optional.of(expected), inspector.table(db.connection, "authors"));
    }

    @Test
    void readsForeignKeysWithTheirActionsAndHidesTheIndexesInnodbAddsForThem() {
        db.exec("CREATE TABLE authors (id INT NOT NULL PRIMARY KEY)",
                """
                CREATE TABLE books (
                    id INT NOT NULL,
                    author_id INT NOT NULL,
                    editor_id INT,
                    title VARCHAR(200) NOT NULL,
                    edition INT NOT NULL DEFAULT 1,
                    PRIMARY KEY (id),
                    CONSTRAINT uq_books_title_edition UNIQUE (title, edition),
                    FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE,
                    CONSTRAINT fk_books_editor FOREIGN KEY (editor_id) REFERENCES authors (id)
                        ON DELETE SET NULL ON UPDATE CASCADE
                )""",
                "CREATE INDEX ix_books_title ON books (title, author_id)",
                "CREATE TABLE translations (book_code INT NOT NULL, lang VARCHAR(5) NOT NULL, PRIMARY KEY (book_code, lang),"
                        + " FOREIGN KEY (book_code) REFERENCES books (id) ON DELETE RESTRICT ON UPDATE NO ACTION)",
                "CREATE TABLE retort_version (revision VARCHAR(32) NOT NULL)",
                "CREATE TABLE retort_log (id INT)",
                "CREATE VIEW titles AS SELECT title FROM books");

        Schema schema = inspector.inspect(db.connection);

        assertEquals(List.of("authors", "books", "translations"), schema.tables().stream().map(Table::name).toList());
        Table books = schema.table("books").orElseThrow();
        assertEquals(new Table("books", List.of(
                        col("id", INTEGER, false, null),
                        col("author_id", INTEGER, false, null),
                        col("editor_id", INTEGER, true, null),
                        col("title", string(200), false, null),
                        col("edition", INTEGER, false, "1")),
                        new PrimaryKey(null, List.of("id")),
                        List.of(new UniqueConstraint("uq_books_title_edition", List.of("title", "edition"))),
                        List.of(new ForeignKey("books_ibfk_1", List.of("author_id"), "authors", List.of("id"),
                                        FkAction.CASCADE, FkAction.NO_ACTION),
                                new ForeignKey("fk_books_editor", List.of("editor_id"), "authors", List.of("id"),
                                        FkAction.SET_NULL, FkAction.CASCADE)),
                        List.of(),
                        List.of(new Index("ix_books_title", "books", List.of("title", "author_id"), false, null))),
                books);
        // RESTRICT is NO ACTION in InnoDB, and how MariaDB reports a key declared without an action.
        assertEquals(List.of(new ForeignKey("translations_ibfk_1", List.of("book_code"), "books", List.of("id"),
                FkAction.NO_ACTION, FkAction.NO_ACTION)), schema.table("translations").orElseThrow().foreignKeys());
        assertEquals(new PrimaryKey(null, List.of("book_code", "lang")), schema.table("translations").orElseThrow().primaryKey());
        assertEquals(List.of("titles"), schema.views().stream().map(v -> v.name()).toList());
        assertEquals(Optional.empty(), inspector.table(db.connection, "missing"));
    }

    @Test
    void aJsonValidCheckOnAColumnThatIsNotJsonStaysACheck() {
        db.exec("CREATE TABLE docs (id INT NOT NULL PRIMARY KEY, notes TEXT CHECK (json_valid(notes)), doc JSON NOT NULL)");
        Table docs = inspector.table(db.connection, "docs").orElseThrow();
        assertEquals(List.of(col("id", INTEGER, false, null), col("notes", TEXT, true, null), col("doc", JSON, false, null)),
                docs.columns());
        assertEquals(List.of(new CheckConstraint("notes", "json_valid(notes)")), docs.checks());
    }
}
