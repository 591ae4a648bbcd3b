package dev.retort.dialect.sqlite;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Deferrable;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.Types;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.BLOB;
import static dev.retort.schema.Types.BOOLEAN;
import static dev.retort.schema.Types.DATE;
import static dev.retort.schema.Types.DOUBLE;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.JSON;
import static dev.retort.schema.Types.NUMERIC;
import static dev.retort.schema.Types.REAL;
import static dev.retort.schema.Types.SMALLINT;
import static dev.retort.schema.Types.STRING;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.TIME;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.UUID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteInspectorTest {
    @TempDir
    Path dir;

    private final SqliteInspector inspector = new SqliteInspector();

    @Test
    void everyPortableTypeRoundTrips() throws Exception {
        List<ColumnType> types = List.of(SMALLINT, INTEGER, BIGINT, BOOLEAN, REAL, DOUBLE, NUMERIC, Types.numeric(10, 2),
                STRING, Types.string(100), TEXT, DATE, TIME, TIMESTAMP, Types.BINARY, Types.binary(16), BLOB, JSON, UUID,
                Types.raw("INT"), Types.raw("character varying(30)"), Types.raw("DECIMAL(5)"));
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            StringBuilder create = new StringBuilder("CREATE TABLE t (");
            for (int i = 0; i < types.size(); i++) {
                create.append(i > 0 ? ", " : "").append("c").append(i).append(' ').append(SqliteTypes.render(types.get(i)));
            }
            db.exec(create.append(", untyped)").toString());
            Table t = inspector.table(db.connection, "t").orElseThrow();
            for (int i = 0; i < types.size(); i++) {
                assertEquals(types.get(i), t.columns().get(i).type(), "column c" + i);
            }
            assertEquals(Types.UNTYPED, t.column("untyped").orElseThrow().type(), "kept typeless, not BLOB");
            assertEquals(Types.numeric(10, 2), SqliteTypes.parse("numeric(10,2)"));
        }
    }

    @Test
    void readsConstraintsNamedAndUnnamedFromTheTableText() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE parent (a INTEGER, b TEXT, PRIMARY KEY (a, b))",
                    "CREATE TABLE other (id INTEGER PRIMARY KEY)",
                    """
                    CREATE TABLE "odd table" (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, -- the key, with a comment (and parentheses
                        "first name" VARCHAR(40) NOT NULL DEFAULT 'x, (y)' CONSTRAINT ck_len CHECK (length("first name") > 0),
                        email TEXT UNIQUE COLLATE NOCASE,
                        pa INTEGER, pb TEXT,
                        other_id INTEGER CONSTRAINT fk_other REFERENCES other ON DELETE SET NULL,
                        amount NUMERIC(10, 2) DEFAULT (abs(-1) * 2),
                        /* a block comment, with CHECK (not a constraint) */
                        CONSTRAINT uq_pair UNIQUE (pa, pb),
                        UNIQUE (email, pa),
                        FOREIGN KEY (pa, pb) REFERENCES parent (a, b) ON DELETE CASCADE ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED,
                        CHECK (amount >= 0 AND (amount < 1000 OR pa IN (1, 2))),
                        CONSTRAINT "ck two" CHECK (pb <> 'x)')
                    )""");
            Table t = inspector.table(db.connection, "odd table").orElseThrow();
            assertEquals(List.of(
                    // Declared without NOT NULL, the rowid alias reads as declared (the diff ignores a key's nullability).
                    new Column("id", INTEGER, true, null, true, false, false, null),
                    new Column("first name", Types.string(40), false, "'x, (y)'", false, false, false, null),
                    new Column("email", TEXT, true, null, false, false, false, null).collate("NOCASE"),
                    new Column("pa", INTEGER, true, null, false, false, false, null),
                    new Column("pb", TEXT, true, null, false, false, false, null),
                    new Column("other_id", INTEGER, true, null, false, false, false, null),
                    new Column("amount", Types.numeric(10, 2), true, "abs(-1) * 2", false, false, false, null)),
                    t.columns());
            assertEquals(new PrimaryKey(null, List.of("id")), t.primaryKey());
            assertEquals(List.of(new UniqueConstraint(null, List.of("email")),
                    new UniqueConstraint("uq_pair", List.of("pa", "pb")),
                    new UniqueConstraint(null, List.of("email", "pa"))), t.uniques());
            assertEquals(List.of(
                    new ForeignKey("fk_other", List.of("other_id"), "other", List.of("id"), FkAction.SET_NULL, FkAction.NO_ACTION),
                    new ForeignKey(null, List.of("pa", "pb"), "parent", List.of("a", "b"), FkAction.CASCADE, FkAction.RESTRICT)
                            .deferrable(Deferrable.INITIALLY_DEFERRED)),
                    t.foreignKeys());
            assertEquals(List.of(new CheckConstraint("ck_len", "length(\"first name\") > 0"),
                    new CheckConstraint(null, "amount >= 0 AND (amount < 1000 OR pa IN (1, 2))"),
                    new CheckConstraint("ck two", "pb <> 'x)'")), t.checks());
            assertEquals(List.of(), t.indexes(), "the automatic indexes of UNIQUE constraints are not indexes");

            Table parent = inspector.table(db.connection, "parent").orElseThrow();
            assertEquals(new PrimaryKey(null, List.of("a", "b")), parent.primaryKey());
            assertFalse(parent.columns().get(0).isAutoIncrement());
        }
    }

    @Test
    void readsIndexesViewsAndTriggersButNotInternalTables() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, \"group\" TEXT, deleted INTEGER)",
                    "CREATE UNIQUE INDEX ix_email ON users (lower(email)) WHERE deleted = 0",
                    "CREATE INDEX ix_group ON users (\"group\", email DESC)",
                    "CREATE INDEX ix_plain ON users (email ASC)",
                    "CREATE VIEW active_users AS SELECT id, email FROM users WHERE deleted = 0",
                    "CREATE TRIGGER tr_users AFTER DELETE ON users BEGIN SELECT 1; END",
                    "CREATE TABLE retort_version (version_num TEXT)",
                    "CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT)");
            Schema schema = inspector.inspect(db.connection);
            assertEquals(List.of("seq", "users"), schema.tables().stream().map(Table::name).toList());
            Table users = schema.table("users").orElseThrow();
            assertEquals(List.of(
                    new Index("ix_email", "users", List.of("lower(email)"), true, "deleted = 0"),
                    new Index("ix_group", "users", List.of("group", "email DESC"), false, null),
                    new Index("ix_plain", "users", List.of("email"), false, null)), users.indexes());
            assertEquals(List.of(new View("active_users",
                    "SELECT id, email FROM users WHERE deleted = 0")), schema.views());
            assertEquals(List.of(new SqliteInspector.Trigger("tr_users", "users",
                    "CREATE TRIGGER tr_users AFTER DELETE ON users BEGIN SELECT 1; END")),
                    inspector.triggers(db.connection, "users"));
            assertTrue(schema.table("seq").orElseThrow().columns().get(0).isAutoIncrement());
        }
    }
}
