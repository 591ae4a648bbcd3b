package dev.retort.autogen.roundtrip;

import dev.retort.schema.Column;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

import static dev.retort.autogen.roundtrip.Schemas.addColumn;
import static dev.retort.autogen.roundtrip.Schemas.addForeignKey;
import static dev.retort.autogen.roundtrip.Schemas.addIndex;
import static dev.retort.autogen.roundtrip.Schemas.addTable;
import static dev.retort.autogen.roundtrip.Schemas.addUnique;
import static dev.retort.autogen.roundtrip.Schemas.dropColumn;
import static dev.retort.autogen.roundtrip.Schemas.editColumn;
import static dev.retort.autogen.roundtrip.Schemas.replaceIndex;
import static dev.retort.autogen.roundtrip.Schemas.setChecks;
import static dev.retort.autogen.roundtrip.Schemas.setForeignKeys;
import static dev.retort.ops.Dsl.check;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.index;
import static dev.retort.ops.Dsl.primaryKey;
import static dev.retort.ops.Dsl.unique;
import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.BLOB;
import static dev.retort.schema.Types.BOOLEAN;
import static dev.retort.schema.Types.DOUBLE;
import static dev.retort.schema.Types.JSON;
import static dev.retort.schema.Types.NUMERIC;
import static dev.retort.schema.Types.REAL;
import static dev.retort.schema.Types.SMALLINT;
import static dev.retort.schema.Types.STRING;
import static dev.retort.schema.Types.TIME;
import static dev.retort.schema.Types.UUID;
import static dev.retort.schema.Types.binary;
import static dev.retort.schema.Types.DATE;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.numeric;
import static dev.retort.schema.Types.string;

/**
 * The kinds of model change autogenerate must turn into a working revision, each as (name, before, after)
 * on a small library schema; the round-trip tests run each one forwards and backwards.
 */
final class ModelChanges {
    private ModelChanges() {
    }

    /** The schema every change starts from: authors and their books. */
    static Schema base() {
        Table authors = Table.of("authors",
                column("id", INTEGER).notNull(),
                column("name", string(100)).notNull(),
                column("email", string(200)),
                column("status", string(20)).notNull().serverDefault("'active'"),
                column("score", INTEGER),
                primaryKey("id"));
        Table books = Table.of("books",
                column("id", INTEGER).notNull(),
                column("author_id", INTEGER).notNull(),
                column("editor_id", INTEGER),
                column("title", string(200)).notNull(),
                column("price", numeric(10, 2)),
                column("published", DATE),
                primaryKey("id"),
                foreignKey("author_id", "authors", "id"))
                .withIndexes(List.of(index("ix_books_author", "books", "author_id")));
        return Schemas.of(authors, books);
    }

    /** Each change forwards and backwards: the list the round-trip tests run. */
    static List<ModelChange> bothWays() {
        List<ModelChange> all = new ArrayList<>();
        Schema base = base();

        // Tables
        pair(all, "table added", "table dropped", base, addTable(base, Table.of("tags",
                column("id", INTEGER).notNull(), column("label", string(50)).notNull().unique(), primaryKey("id"))));
        pair(all, "table with a foreign key (ON DELETE CASCADE) and an index added",
                "table with a foreign key and an index dropped", base, addTable(base, Table.of("reviews",
                        column("id", INTEGER).notNull(), column("book_id", INTEGER).notNull(),
                        column("stars", INTEGER).notNull(), column("body", TEXT), primaryKey("id"),
                        foreignKey("book_id", "books", "id").onDelete(FkAction.CASCADE))
                        .withIndexes(List.of(index("ix_reviews_book", "reviews", "book_id")))));
        pair(all, "table with a composite primary key added", "table with a composite primary key dropped", base,
                addTable(base, Table.of("translations", column("book_code", INTEGER).notNull(),
                        column("lang", string(5)).notNull(), column("title", string(200)).notNull(),
                        primaryKey("book_code", "lang"))));
        pair(all, "table keyed by two foreign keys added", "table keyed by two foreign keys dropped", base,
                addTable(base, Table.of("book_authors", column("book_id", INTEGER).notNull(),
                        column("author_id", INTEGER).notNull(), column("role", string(20)),
                        primaryKey("book_id", "author_id"),
                        foreignKey("book_id", "books", "id").onDelete(FkAction.CASCADE),
                        foreignKey("author_id", "authors", "id"))));
        pair(all, "table with a generated key added", "table with a generated key dropped", base, addTable(base,
                Table.of("events", column("id", INTEGER).notNull().autoIncrement(),
                        column("name", string(50)).notNull(), primaryKey("id"))));
        Table reviews = Table.of("reviews", column("id", INTEGER).notNull(), column("book_id", INTEGER).notNull(),
                column("stars", INTEGER).notNull(), primaryKey("id"),
                foreignKey("book_id", "books", "id").onDelete(FkAction.CASCADE));
        Table votes = Table.of("review_votes", column("id", INTEGER).notNull(), column("review_id", INTEGER).notNull(),
                column("up", BOOLEAN).notNull(), primaryKey("id"), foreignKey("review_id", "reviews", "id"));
        pair(all, "two tables added, one referencing the other", "two tables dropped, one referencing the other",
                base, addTable(addTable(base, votes), reviews));
        pair(all, "self-referencing table added", "self-referencing table dropped", base, addTable(base,
                Table.of("categories", column("id", INTEGER).notNull(), column("parent_id", INTEGER),
                        column("label", string(50)).notNull(), primaryKey("id"),
                        foreignKey("parent_id", "categories", "id").onDelete(FkAction.SET_NULL))));
        pair(all, "table with mixed-case names added", "table with mixed-case names dropped", base, addTable(base,
                Table.of("AuditLog", column("Id", INTEGER).notNull(), column("CreatedBy", string(50)).notNull(),
                        column("BookId", INTEGER), primaryKey("Id"), foreignKey("BookId", "books", "id"))
                        .withIndexes(List.of(index("IX_AuditLog_CreatedBy", "AuditLog", "CreatedBy")))));
        pair(all, "table with a column of each portable type added", "table with a column of each portable type dropped",
                base, addTable(base, Table.of("samples", column("id", INTEGER).notNull(), column("small", SMALLINT),
                        column("big", BIGINT), column("flag", BOOLEAN), column("ratio", REAL), column("measure", DOUBLE),
                        column("plain_number", NUMERIC), column("money", numeric(9, 2)), column("code", STRING),
                        column("label", string(30)), column("body", TEXT), column("day", DATE), column("at", TIME),
                        column("stamp", TIMESTAMP), column("digest", binary(16)), column("payload", BLOB),
                        column("doc", JSON), column("uid", UUID), primaryKey("id"))));
        Schema withPublishers = addTable(base, Table.of("publishers",
                column("id", INTEGER).notNull(), column("name", string(100)).notNull(), primaryKey("id")));
        pair(all, "table added and referenced by a new column of an existing table",
                "referenced table dropped with the column referencing it", base,
                addForeignKey(addColumn(withPublishers, "books", column("publisher_id", INTEGER)), "books",
                        foreignKey("publisher_id", "publishers", "id")));

        // Columns
        pair(all, "nullable column added", "nullable column dropped", base,
                addColumn(base, "books", column("subtitle", string(200))));
        pair(all, "NOT NULL column with a server default added", "NOT NULL column with a server default dropped", base,
                addColumn(base, "books", column("state", string(20)).notNull().serverDefault("'draft'")));
        pair(all, "NOT NULL column with a non-constant default added", "NOT NULL column with a non-constant default dropped",
                base, addColumn(base, "authors", column("created_at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP")));
        pair(all, "boolean column with a default added", "boolean column with a default dropped", base,
                addColumn(base, "authors", column("active", BOOLEAN).notNull().serverDefault("1")));
        pair(all, "column added with its index", "column dropped with its index", base,
                addIndex(addColumn(base, "books", column("isbn", string(20))), index("ix_books_isbn", "books", "isbn")));
        pair(all, "column added with an unnamed unique constraint", "column dropped with its unnamed unique constraint",
                base, addUnique(addColumn(base, "books", column("isbn13", string(13))), "books", unique("isbn13")));
        pair(all, "column added in a two-column index", "column dropped with its two-column index", base,
                addIndex(addColumn(base, "books", column("series", string(50))),
                        index("ix_books_series_title", "books", "series", "title")));
        pair(all, "column added in a two-column unique constraint", "column dropped with its two-column unique constraint",
                base, addUnique(addColumn(base, "books", column("edition", INTEGER).notNull().serverDefault("1")), "books",
                        unique("title", "edition").named("uq_books_title_edition")));
        pair(all, "string column lengthened", "string column shortened", base,
                editColumn(base, "authors", "name", c -> c.withType(string(150))));
        pair(all, "type changed from string to text", "type changed from text to string", base,
                editColumn(base, "books", "title", c -> c.withType(TEXT)));
        pair(all, "type changed from integer to bigint", "type changed from bigint to integer", base,
                editColumn(base, "authors", "score", c -> c.withType(BIGINT)));
        pair(all, "numeric precision and scale changed", "numeric precision and scale changed back", base,
                editColumn(base, "books", "price", c -> c.withType(numeric(12, 4))));
        pair(all, "type changed from integer to string", "type changed from string to integer", base,
                editColumn(base, "authors", "score", c -> c.withType(string(20))));
        pair(all, "column made NOT NULL and given a default at once", "column made nullable and its default removed",
                base, editColumn(base, "authors", "score", c -> c.notNull().serverDefault("0")));
        pair(all, "column made NOT NULL", "column made nullable", base,
                editColumn(base, "authors", "email", Column::notNull));
        pair(all, "server default added", "server default removed", base,
                editColumn(base, "authors", "score", c -> c.serverDefault("0")));
        pair(all, "server default changed", "server default changed back", base,
                editColumn(base, "authors", "status", c -> c.serverDefault("'new'")));
        pair(all, "server default changed to a string with a quote", "server default changed from a string with a quote",
                base, editColumn(base, "authors", "status", c -> c.serverDefault("'it''s'")));

        // Unique constraints
        pair(all, "unnamed unique constraint added", "unnamed unique constraint dropped", base,
                addUnique(base, "authors", unique("email")));
        pair(all, "named two-column unique constraint added", "named two-column unique constraint dropped", base,
                addUnique(base, "books", unique("author_id", "title").named("uq_books_author_title")));
        Schema titleUnique = addUnique(base, "books", unique("title").named("uq_books_title"));
        pair(all, "unique constraint's columns changed", "unique constraint's columns changed back", titleUnique,
                Schemas.editTable(base, "books", t -> new Table(t.name(), t.columns(), t.primaryKey(),
                        List.of(new UniqueConstraint("uq_books_title", List.of("title", "author_id"))),
                        t.foreignKeys(), t.checks(), t.indexes())));

        // Foreign keys
        ForeignKey authorKey = foreignKey("author_id", "authors", "id");
        pair(all, "unnamed foreign key with ON DELETE SET NULL added", "unnamed foreign key dropped", base,
                addForeignKey(base, "books", foreignKey("editor_id", "authors", "id").onDelete(FkAction.SET_NULL)));
        pair(all, "named foreign key with ON DELETE CASCADE added", "named foreign key dropped", base,
                addForeignKey(base, "books", foreignKey("editor_id", "authors", "id").named("fk_books_editor")
                        .onDelete(FkAction.CASCADE)));
        pair(all, "foreign key's ON DELETE changed", "foreign key's ON DELETE changed back", base,
                setForeignKeys(base, "books", authorKey.onDelete(FkAction.CASCADE)));
        pair(all, "unique foreign key (one-to-one) added", "unique foreign key (one-to-one) dropped", base,
                addUnique(addForeignKey(base, "books", foreignKey("editor_id", "authors", "id")), "books", unique("editor_id")));
        Schema emails = addColumn(addUnique(base, "authors", unique("email")), "books", column("author_email", string(200)));
        pair(all, "foreign key to a unique column that is not the key added", "foreign key to a unique column dropped",
                emails, addForeignKey(emails, "books", foreignKey("author_email", "authors", "email")));
        pair(all, "column with a foreign key added", "column with a foreign key dropped", base,
                addForeignKey(addColumn(base, "books", column("translator_id", INTEGER)), "books",
                        foreignKey("translator_id", "authors", "id")));
        pair(all, "self-referencing foreign key added", "self-referencing foreign key dropped", base,
                addForeignKey(addColumn(base, "authors", column("mentor_id", INTEGER)), "authors",
                        foreignKey("mentor_id", "authors", "id").onDelete(FkAction.SET_NULL)));

        // Indexes
        pair(all, "index added", "index dropped", base, addIndex(base, index("ix_books_title", "books", "title")));
        pair(all, "unique index added", "unique index dropped", base,
                addIndex(base, index("ux_authors_name", "authors", "name").unique()));
        pair(all, "two-column index added", "two-column index dropped", base,
                addIndex(base, index("ix_books_author_published", "books", "author_id", "published")));
        pair(all, "index's columns changed", "index's columns changed back", base,
                replaceIndex(base, index("ix_books_author", "books", "author_id", "title")));
        pair(all, "partial index added", "partial index dropped", base,
                addIndex(base, index("ix_books_priced", "books", "price").where("price IS NOT NULL")));
        pair(all, "index on an expression added", "index on an expression dropped", base,
                addIndex(base, index("ix_authors_lower_name", "authors", "lower(name)")));

        // Check constraints
        pair(all, "unnamed check constraint added", "unnamed check constraint dropped", base,
                setChecks(base, "books", check("price >= 0")));
        Schema scoreCheck = setChecks(base, "authors", check("score >= 0").named("ck_authors_score"));
        pair(all, "named check constraint added", "named check constraint dropped", base, scoreCheck);
        pair(all, "check constraint's expression changed", "check constraint's expression changed back", scoreCheck,
                setChecks(base, "authors", check("score BETWEEN 0 AND 100").named("ck_authors_score")));

        // Primary keys of existing tables, which SQLite changes by a rebuild
        Schema editions = addTable(base, Table.of("editions", column("id", INTEGER).notNull(),
                column("isbn", string(20)).notNull(), column("label", string(50)), primaryKey("id")));
        pair(all, "primary key moved to another column", "primary key moved back", editions,
                setPrimaryKey(editions, "editions", primaryKey("isbn")));
        pair(all, "primary key widened to two columns", "primary key narrowed to one column", editions,
                setPrimaryKey(editions, "editions", primaryKey("id", "isbn")));
        pair(all, "primary key given to a table without one", "primary key dropped",
                setPrimaryKey(editions, "editions", null), editions);

        // Several changes to one table, which SQLite does in one rebuild
        Schema several = addColumn(dropColumn(base, "books", "published"), "books", column("subtitle", string(200)));
        several = editColumn(several, "books", "price", Column::notNull);
        several = editColumn(several, "books", "title", c -> c.withType(string(250)));
        several = addIndex(several, index("ix_books_title", "books", "title"));
        pair(all, "several changes to one table", "several changes to one table undone", base, several);
        return all;
    }

    private static Schema setPrimaryKey(Schema schema, String table, PrimaryKey key) {
        return Schemas.editTable(schema, table, t -> new Table(t.name(), t.columns(), key, t.uniques(), t.foreignKeys(),
                t.checks(), t.indexes()));
    }

    private static void pair(List<ModelChange> all, String name, String reverseName, Schema before, Schema after) {
        ModelChange change = new ModelChange(name, before, after);
        all.add(change);
        all.add(change.reversed(reverseName));
    }
}
