package dev.retort.dialect.sqlite;

import dev.retort.dialect.CapturingSession;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Table-driven: each operation on a known schema, the exact SQL it renders to (a native ALTER or the
 * rebuild script), then its reverse rendered against the changed database; applying both must give
 * back the schema we started from.
 */
class SqliteRenderTest {
    @TempDir
    Path dir;

    private static final String SCHEMA_PARENT = """
            CREATE TABLE parent (
                id INTEGER PRIMARY KEY,
                name VARCHAR(50) NOT NULL,
                note TEXT,
                score INTEGER DEFAULT 0
            )""";

    /** The rebuild of parent, around a given new definition body and copy lists. */
    private static List<String> rebuildParent(String body, String targets, String sources, String... after) {
        List<String> sql = new java.util.ArrayList<>(List.of(
                "CREATE TABLE _retort_new_parent (\n" + body + "\n)",
                "INSERT INTO _retort_new_parent (" + targets + ")\n  SELECT " + sources + " FROM parent",
                "DROP TABLE parent",
                "PRAGMA legacy_alter_table=ON",
                "ALTER TABLE _retort_new_parent RENAME TO parent",
                "PRAGMA legacy_alter_table=OFF"));
        sql.addAll(List.of(after));
        return sql;
    }

    /** parent's key is declared INTEGER PRIMARY KEY without NOT NULL, and a rebuild declares it the same way. */
    private static final String ID = "    id INTEGER,\n";
    private static final String PK = ",\n    PRIMARY KEY (id)";
    private static final String INDEX = "CREATE INDEX ix_parent_name ON parent (name)";
    private static final String TRIGGER = "CREATE TRIGGER tr_parent AFTER INSERT ON parent BEGIN SELECT 1; END";
    private static final String BODY = ID + "    name VARCHAR(50) NOT NULL,\n    note TEXT,\n    score INTEGER DEFAULT 0";
    private static final String ALL = "id, name, note, score";

    record Case(String title, Operation operation, List<String> sql, List<String> reverseSql, boolean restoresSchema) {
        Case(String title, Operation operation, List<String> sql, List<String> reverseSql) {
            this(title, operation, sql, reverseSql, true);
        }

        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("add a nullable column: native",
                        new AddColumn("parent", column("extra", string(10))),
                        List.of("ALTER TABLE parent ADD COLUMN extra VARCHAR(10)"),
                        List.of("ALTER TABLE parent DROP COLUMN extra")),
                new Case("add a NOT NULL column with a constant default: native",
                        new AddColumn("parent", column("flag", INTEGER).notNull().defaultValue("1")),
                        List.of("ALTER TABLE parent ADD COLUMN flag INTEGER NOT NULL DEFAULT 1"),
                        List.of("ALTER TABLE parent DROP COLUMN flag")),
                new Case("add a column with CURRENT_TIMESTAMP default: rebuild",
                        new AddColumn("parent", column("created", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP")),
                        rebuildParent(BODY + ",\n    created TIMESTAMP DEFAULT CURRENT_TIMESTAMP" + PK, ALL, ALL, INDEX, TRIGGER),
                        List.of("ALTER TABLE parent DROP COLUMN created")),
                new Case("add a UNIQUE column: rebuild",
                        new AddColumn("parent", column("code", string(8)).unique()),
                        rebuildParent(BODY + ",\n    code VARCHAR(8)" + PK + ",\n    UNIQUE (code)", ALL, ALL, INDEX, TRIGGER),
                        rebuildParent(BODY + PK, ALL, ALL, INDEX, TRIGGER)),
                new Case("drop an unused column: native",
                        new DropColumn("parent", "note", column("note", TEXT)),
                        List.of("ALTER TABLE parent DROP COLUMN note"),
                        List.of("ALTER TABLE parent ADD COLUMN note TEXT")),
                new Case("drop an indexed column: rebuild without its (one-column) index",
                        new DropColumn("parent", "name", column("name", string(50)).notNull().defaultValue("'?'")),
                        rebuildParent(ID + "    note TEXT,\n    score INTEGER DEFAULT 0" + PK, "id, note, score", "id, note, score",
                                TRIGGER),
                        List.of("ALTER TABLE parent ADD COLUMN name VARCHAR(50) NOT NULL DEFAULT '?'"), false),
                new Case("rename a column: native",
                        new AlterColumn("parent", "note", change().rename("remark"), column("note", TEXT)),
                        List.of("ALTER TABLE parent RENAME COLUMN note TO remark"),
                        List.of("ALTER TABLE parent RENAME COLUMN remark TO note")),
                new Case("change a type: rebuild, values copied as they are",
                        new AlterColumn("parent", "score", change().type(TEXT), column("score", INTEGER).defaultValue("0")),
                        rebuildParent(ID + "    name VARCHAR(50) NOT NULL,\n    note TEXT,\n    score TEXT DEFAULT 0" + PK,
                                ALL, ALL, INDEX, TRIGGER),
                        rebuildParent(BODY + PK, ALL, ALL, INDEX, TRIGGER)),
                new Case("make a column NOT NULL with a default: NULLs become the default",
                        new AlterColumn("parent", "note", change().notNull().serverDefault("'-'"), column("note", TEXT)),
                        rebuildParent(ID + "    name VARCHAR(50) NOT NULL,\n    note TEXT NOT NULL DEFAULT '-',\n    score INTEGER DEFAULT 0" + PK,
                                ALL, "id, name, COALESCE(note, '-'), score", INDEX, TRIGGER),
                        rebuildParent(BODY + PK, ALL, ALL, INDEX, TRIGGER)),
                new Case("rename and retype in one change: native rename, then rebuild",
                        new AlterColumn("parent", "score", change().rename("points").type(TEXT), column("score", INTEGER).defaultValue("0")),
                        Stream.concat(Stream.of("ALTER TABLE parent RENAME COLUMN score TO points"),
                                rebuildParent(ID + "    name VARCHAR(50) NOT NULL,\n    note TEXT,\n    points TEXT DEFAULT 0" + PK,
                                        "id, name, note, points", "id, name, note, points",
                                        "CREATE INDEX ix_parent_name ON parent (name)", TRIGGER).stream()).toList(),
                        Stream.concat(Stream.of("ALTER TABLE parent RENAME COLUMN points TO score"),
                                rebuildParent(BODY + PK, ALL, ALL, INDEX, TRIGGER).stream()).toList()),
                new Case("add a named CHECK: rebuild",
                        new CreateCheckConstraint("parent", new CheckConstraint("ck_score", "score >= 0")),
                        rebuildParent(BODY + PK + ",\n    CONSTRAINT ck_score CHECK (score >= 0)", ALL, ALL, INDEX, TRIGGER),
                        rebuildParent(BODY + PK, ALL, ALL, INDEX, TRIGGER)),
                new Case("add an unnamed UNIQUE: rebuild; its reverse finds it by columns",
                        new CreateUniqueConstraint("parent", new UniqueConstraint(null, List.of("name", "note"))),
                        rebuildParent(BODY + PK + ",\n    UNIQUE (name, note)", ALL, ALL, INDEX, TRIGGER),
                        rebuildParent(BODY + PK, ALL, ALL, INDEX, TRIGGER)),
                new Case("add a foreign key: rebuild",
                        new CreateForeignKey("parent", new ForeignKey("fk_self", List.of("score"), "parent", List.of("id"),
                                FkAction.SET_NULL, FkAction.NO_ACTION)),
                        rebuildParent(BODY + PK + ",\n    CONSTRAINT fk_self FOREIGN KEY (score) REFERENCES parent (id) ON DELETE SET NULL",
                                ALL, ALL, INDEX, TRIGGER),
                        rebuildParent(BODY + PK, ALL, ALL, INDEX, TRIGGER)),
                new Case("create and drop an index: native",
                        new CreateIndex(Index.index("ix_score", "parent", "score").where("score > 0")),
                        List.of("CREATE INDEX ix_score ON parent (score) WHERE score > 0"),
                        List.of("DROP INDEX ix_score")),
                new Case("rename a table: native",
                        new RenameTable("parent", "ancestor"),
                        List.of("ALTER TABLE parent RENAME TO ancestor"),
                        List.of("ALTER TABLE ancestor RENAME TO parent")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAndReverses(Case c) throws Exception {
        SqliteDialect dialect = new SqliteDialect(new SqliteSettings(true));
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec(SCHEMA_PARENT, "CREATE INDEX ix_parent_name ON parent (name)", TRIGGER,
                    "INSERT INTO parent (name, note, score) VALUES ('a', NULL, 1), ('b', 'x', 2)");
            Schema before = dialect.inspector().inspect(db.connection);
            List<String> rowsBefore = db.rows("SELECT * FROM " + "parent" + " ORDER BY id");

            assertEquals(c.sql(), dialect.render(c.operation(), new CapturingSession(db.connection)), "forward SQL");
            apply(dialect, db, c.operation());
            Operation reverse = c.operation().reverse();
            assertEquals(c.reverseSql(), dialect.render(reverse, new CapturingSession(db.connection)), "reverse SQL");
            apply(dialect, db, reverse);

            if (c.restoresSchema()) {
                assertEquals(normalized(before), normalized(dialect.inspector().inspect(db.connection)),
                        "schema after forward and reverse");
            }
            if (!(c.operation() instanceof AlterColumn alter && alter.change().type() != null)
                    && !(c.operation() instanceof AlterColumn a2 && a2.change().nullable() != null)
                    && !(c.operation() instanceof DropColumn)) {
                assertEquals(rowsBefore, db.rows("SELECT * FROM parent ORDER BY id"), "rows after forward and reverse");
            }
        }
    }

    /** Columns in name order: a dropped and re-added column comes back last, which is not a difference. */
    private static Schema normalized(Schema schema) {
        return new Schema(schema.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .sorted(java.util.Comparator.comparing(dev.retort.schema.Column::name)).toList())).toList(), schema.views());
    }

    private static void apply(SqliteDialect dialect, SqliteTestDb db, Operation op) {
        dialect.revisionTransaction().begin(db.session);
        dialect.apply(List.of(op), db.session);
        dialect.revisionTransaction().commit(db.session);
    }
}
