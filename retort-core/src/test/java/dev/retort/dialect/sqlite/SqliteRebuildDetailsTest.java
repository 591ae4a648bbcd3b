package dev.retort.dialect.sqlite;

import dev.retort.dialect.CapturingSession;
import dev.retort.dialect.JdbcSession;
import dev.retort.dialect.Progress;
import dev.retort.error.RetortException;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a rebuild carries over beyond the neutral model, how large copies report progress, and refusals. */
class SqliteRebuildDetailsTest {
    @TempDir
    Path dir;

    private final SqliteDialect dialect = new SqliteDialect(new SqliteSettings(true));

    @Test
    void largeTablesAreCopiedInChunksWithProgress() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT)",
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120000)"
                            + " INSERT INTO big SELECT i * 3, 'v' || i FROM n");
            List<String> before = db.rows("SELECT * FROM big ORDER BY id");
            List<Long> reported = new ArrayList<>();
            long[] total = new long[1];
            Progress progress = (task, rows) -> {
                total[0] = rows;
                return new Progress.Tracker() {
                    @Override
                    public void advanceTo(long done) {
                        reported.add(done);
                    }

                    @Override
                    public void close() {
                    }
                };
            };
            CapturingSession session = new CapturingSession(new JdbcSession(db.connection, progress));
            SqliteTestDb.applyInTransaction(dialect, session, List.of(new AlterColumn("big", "v", change().type(string(20)), null)));

            assertEquals(120_000, total[0]);
            assertEquals(List.of(50_000L, 100_000L, 120_000L), reported);
            assertEquals(3, session.statements().stream().filter(s -> s.startsWith("INSERT INTO _retort_new_big")).count());
            assertEquals(before, db.rows("SELECT * FROM big ORDER BY id"));
        }
    }

    @Test
    void rowidsAutoincrementCounterCollationsDeferrableKeysAndTableOptionsAreKept() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT COLLATE NOCASE)",
                    "INSERT INTO seq (name) VALUES ('a'), ('b'), ('c')",
                    "DELETE FROM seq WHERE id = 3",
                    "CREATE TABLE plain (name TEXT, seq_id INTEGER REFERENCES seq (id) DEFERRABLE INITIALLY DEFERRED)",
                    "INSERT INTO plain (rowid, name, seq_id) VALUES (10, 'x', 1), (20, 'y', 2)",
                    "CREATE TABLE pairs (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID",
                    "INSERT INTO pairs VALUES ('k', 'v')");
            SqliteTestDb.applyInTransaction(dialect, db.session, List.of(
                    new AlterColumn("seq", "name", change().type(string(10)), null),
                    new AlterColumn("plain", "name", change().type(string(10)), null),
                    new AddColumn("pairs", column("c", TEXT).unique())));

            db.exec("INSERT INTO seq (name) VALUES ('d')");
            assertEquals(List.of("Integer:4"), db.rows("SELECT id FROM seq WHERE name = 'D'"),
                    "the AUTOINCREMENT counter survived (3 is not reused) and NOCASE still applies");
            assertEquals(List.of("Integer:10|String:x", "Integer:20|String:y"), db.rows("SELECT rowid, name FROM plain ORDER BY rowid"));
            String plainSql = db.rows("SELECT sql FROM sqlite_master WHERE name = 'plain'").get(0);
            assertTrue(plainSql.contains("DEFERRABLE INITIALLY DEFERRED"), plainSql);
            String pairsSql = db.rows("SELECT sql FROM sqlite_master WHERE name = 'pairs'").get(0);
            assertTrue(pairsSql.endsWith("WITHOUT ROWID"), pairsSql);
            assertEquals(List.of("String:k|String:v|NULL"), db.rows("SELECT * FROM pairs"));
        }
    }

    @Test
    void onConflictClausesKeepWorkingAfterARebuild() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE tags (id INTEGER PRIMARY KEY ON CONFLICT IGNORE AUTOINCREMENT,"
                            + " code TEXT UNIQUE ON CONFLICT REPLACE, hits INTEGER NOT NULL ON CONFLICT IGNORE DEFAULT 0,"
                            + " owner TEXT, slot INTEGER, UNIQUE (owner, slot) ON CONFLICT FAIL)",
                    "INSERT INTO tags (code, hits, owner, slot) VALUES ('a', 1, 'x', 1), ('b', 2, 'x', 2)");
            SqliteTestDb.applyInTransaction(dialect, db.session, List.of(
                    new CreateCheckConstraint("tags", new CheckConstraint("hits_positive", "hits >= 0")),
                    new AlterColumn("tags", "owner", change().rename("owner_name"), null)));

            String sql = db.rows("SELECT sql FROM sqlite_master WHERE name = 'tags'").get(0);
            assertTrue(sql.contains("PRIMARY KEY ON CONFLICT IGNORE AUTOINCREMENT"), sql);
            assertTrue(sql.contains("NOT NULL ON CONFLICT IGNORE"), sql);
            assertTrue(sql.contains("UNIQUE (\"code\") ON CONFLICT REPLACE") || sql.contains("UNIQUE (code) ON CONFLICT REPLACE"), sql);
            assertTrue(sql.contains("ON CONFLICT FAIL"), "the clause followed the renamed column: " + sql);
            db.exec("INSERT INTO tags (id, code, hits) VALUES (1, 'z', 5)",
                    "INSERT INTO tags (code, hits) VALUES ('a', 7)",
                    "INSERT INTO tags (code, hits) VALUES ('c', NULL)");
            assertEquals(List.of("String:b|Integer:2", "String:a|Integer:7"),
                    db.rows("SELECT code, hits FROM tags ORDER BY id"),
                    "a duplicate id is ignored, a duplicate code replaces its row, a NULL hits is ignored");
            assertThrows(Exception.class, () -> db.exec("INSERT INTO tags (code, owner_name, slot) VALUES ('d', 'x', 2)"));
        }
    }

    @Test
    void aPrimaryKeyIsReplacedByOneRebuildAndTheRowsStay() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE editions (id INTEGER PRIMARY KEY, isbn TEXT NOT NULL, label TEXT)",
                    "CREATE TABLE copies (id INTEGER PRIMARY KEY, edition_id INTEGER REFERENCES editions (id) ON DELETE CASCADE)",
                    "INSERT INTO editions VALUES (1, 'a', 'x'), (2, 'b', 'y')",
                    "INSERT INTO copies VALUES (10, 1), (11, 2)");
            PrimaryKey byIsbn = new PrimaryKey("pk_editions", List.of("isbn", "id"));
            RetortException mismatch = assertThrows(RetortException.class, () -> SqliteTestDb.applyInTransaction(dialect,
                    db.session, List.of(new DropPrimaryKey("editions", null), new CreatePrimaryKey("editions", byIsbn))));
            assertEquals("foreign key mismatch: copies references columns of editions that are no longer its primary key"
                    + " or unique; keep a unique constraint on them, or change the foreign key of copies in the same revision;"
                    + " the revision was not committed", mismatch.getMessage());
            assertEquals(List.of("String:id|Integer:1"),
                    db.rows("SELECT name, pk FROM pragma_table_info('editions') WHERE pk > 0 ORDER BY pk"), "rolled back");

            CapturingSession session = new CapturingSession(db.session);
            SqliteTestDb.applyInTransaction(dialect, session, List.of(new DropPrimaryKey("editions", null),
                    new CreatePrimaryKey("editions", byIsbn),
                    new CreateUniqueConstraint("editions", new UniqueConstraint(null, List.of("id")))));

            assertEquals(1, session.statements().stream().filter(s -> s.startsWith("CREATE TABLE _retort_new_editions")).count());
            assertEquals(List.of("String:isbn|Integer:1", "String:id|Integer:2"),
                    db.rows("SELECT name, pk FROM pragma_table_info('editions') WHERE pk > 0 ORDER BY pk"));
            assertEquals(List.of("Integer:1|String:a|String:x", "Integer:2|String:b|String:y"),
                    db.rows("SELECT * FROM editions ORDER BY id"));
            assertEquals(List.of("Integer:10|Integer:1", "Integer:11|Integer:2"), db.rows("SELECT * FROM copies ORDER BY id"),
                    "the cascading children are all there");

            RetortException twice = assertThrows(RetortException.class, () -> SqliteTestDb.applyInTransaction(dialect,
                    db.session, List.of(new CreatePrimaryKey("editions", new PrimaryKey(null, List.of("id"))))));
            assertTrue(twice.getMessage().contains("already has a primary key [isbn, id]; drop it first"), twice.getMessage());
            db.exec("CREATE TABLE loose (a TEXT)");
            RetortException none = assertThrows(RetortException.class, () -> SqliteTestDb.applyInTransaction(dialect,
                    db.session, List.of(new DropPrimaryKey("loose", null))));
            assertTrue(none.getMessage().contains("there is no primary key to drop"), none.getMessage());
        }
    }

    @Test
    void primaryKeyOperationsReverseWhenTheOldKeyIsKnown() {
        PrimaryKey id = new PrimaryKey(null, List.of("id"));
        assertEquals(new DropPrimaryKey("t", id), new CreatePrimaryKey("t", id).reverse());
        assertEquals(new CreatePrimaryKey("t", id), new DropPrimaryKey("t", id).reverse());
        assertThrows(dev.retort.ops.IrreversibleOperationException.class, () -> new DropPrimaryKey("t", null).reverse());
    }

    @Test
    void changesToATableShareOneRebuildUnlessRawSqlSitsBetween() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE a (id INTEGER PRIMARY KEY, x INTEGER, y INTEGER)", "CREATE TABLE b (id INTEGER PRIMARY KEY, z TEXT)",
                    "INSERT INTO a VALUES (1, NULL, 2)");
            CapturingSession session = new CapturingSession(db.session);
            SqliteTestDb.applyInTransaction(dialect, session, List.of(
                    new AlterColumn("a", "x", change().type(TEXT), null),
                    new AddColumn("b", column("w", INTEGER)),
                    new CreateCheckConstraint("a", new CheckConstraint("ck_y", "y > 0")),
                    new CreateIndex(Index.index("ix_a_y", "a", "y")),
                    new Execute("UPDATE a SET x = 'filled'", null),
                    new AlterColumn("a", "x", change().notNull(), null)));
            List<String> rebuilds = session.statements().stream().filter(s -> s.startsWith("CREATE TABLE _retort_new_")).toList();
            assertEquals(2, rebuilds.size(), String.join("\n", session.statements()));
            assertTrue(rebuilds.get(0).contains("CONSTRAINT ck_y CHECK (y > 0)") && rebuilds.get(0).contains("x TEXT,"));
            assertTrue(rebuilds.get(1).contains("x TEXT NOT NULL"));
            assertEquals("ALTER TABLE b ADD COLUMN w INTEGER", session.statements().get(session.statements().indexOf(
                    session.statements().stream().filter(s -> s.startsWith("ALTER TABLE b")).findFirst().orElseThrow())));
            assertEquals(List.of("Integer:1|String:filled|Integer:2"), db.rows("SELECT * FROM a"));
            assertEquals(List.of(Index.index("ix_a_y", "a", "y")), dialect.inspector().table(db.connection, "a").orElseThrow().indexes());
        }
    }

    @Test
    void dropIndexAfterDroppingItsColumnInTheSameRevisionWorks() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER)", "CREATE INDEX ix_a ON t (a)",
                    "CREATE INDEX ix_ab ON t (a, b)");
            RetortException refused = assertThrows(RetortException.class,
                    () -> SqliteTestDb.applyInTransaction(dialect, db.session, List.of(new DropColumn("t", "a", null))));
            assertEquals("table t: cannot drop column a: index ix_ab also uses other columns; drop that index first",
                    refused.getMessage());
            SqliteTestDb.applyInTransaction(dialect, db.session, List.of(new DropColumn("t", "a", null), new DropIndex("ix_ab", null, null),
                    new DropIndex("ix_a", null, null)));
            assertEquals(List.of("id", "b"), dialect.inspector().table(db.connection, "t").orElseThrow().columns().stream()
                    .map(c -> c.name()).toList());
            assertEquals(0, db.count("SELECT count(*) FROM sqlite_master WHERE type = 'index'"));
        }
    }

    @Test
    void refusesWhatWouldBreakOtherTablesOrLoseValues() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY, code TEXT UNIQUE, note TEXT)",
                    "CREATE TABLE c (id INTEGER PRIMARY KEY, p_code TEXT REFERENCES p (code))",
                    "INSERT INTO p VALUES (1, 'a', NULL)");
            RetortException referenced = assertThrows(RetortException.class,
                    () -> SqliteTestDb.applyInTransaction(dialect, db.session, List.of(new DropColumn("p", "code", null))));
            assertEquals("table p: column code is referenced by a foreign key of c [p_code]; drop or change that foreign key first",
                    referenced.getMessage());
            RetortException nulls = assertThrows(RetortException.class,
                    () -> SqliteTestDb.applyInTransaction(dialect, db.session, List.of(new AlterColumn("p", "note", change().notNull(), null))));
            assertEquals("table p: cannot make column note NOT NULL, 1 rows hold NULL; give it a default in the same change"
                    + " or fill those rows first", nulls.getMessage());
            RetortException noDefault = assertThrows(RetortException.class,
                    () -> SqliteTestDb.applyInTransaction(dialect, db.session, List.of(new AddColumn("p", column("n", INTEGER).notNull()))));
            assertTrue(noDefault.getMessage().startsWith("table p: cannot add NOT NULL column n without a default, the table has 1 rows"),
                    noDefault.getMessage());
            assertEquals(1, db.count("PRAGMA foreign_keys"));
            assertEquals(3, dialect.inspector().table(db.connection, "p").orElseThrow().columns().size());
        }
    }

    @Test
    void aViewBrokenByARebuildStopsIt() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER UNIQUE, b INTEGER)", "CREATE VIEW v AS SELECT a FROM t");
            RetortException broken = assertThrows(RetortException.class,
                    () -> SqliteTestDb.applyInTransaction(dialect, db.session, List.of(new DropColumn("t", "a", null))));
            assertTrue(broken.getMessage().startsWith("view v no longer works after rebuilding t"), broken.getMessage());
            assertEquals(3, dialect.inspector().table(db.connection, "t").orElseThrow().columns().size());
        }
    }

    @Test
    void olderSqliteVersionsRebuildWhatTheyCannotAlter() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER)");
            var table = dialect.inspector().table(db.connection, "t").orElseThrow();
            SqliteSchemaContext context = new SqliteSchemaContext(db.connection);
            SqliteNativeAlter old = new SqliteNativeAlter(new SqliteVersion(3, 24, 0), context);
            SqliteNativeAlter current = new SqliteNativeAlter(SqliteVersion.parse("3.35.0"), context);
            Operation rename = new AlterColumn("t", "a", change().rename("b"), null);
            Operation drop = new DropColumn("t", "a", null);
            assertTrue(old.statements(rename, table).isEmpty());
            assertTrue(old.statements(drop, table).isEmpty());
            assertEquals(List.of("ALTER TABLE t RENAME COLUMN a TO b"), current.statements(rename, table).orElseThrow());
            assertEquals(List.of("ALTER TABLE t DROP COLUMN a"), current.statements(drop, table).orElseThrow());
        }
    }
}
