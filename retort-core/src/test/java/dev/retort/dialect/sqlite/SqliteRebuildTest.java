package dev.retort.dialect.sqlite;

import dev.retort.dialect.CapturingSession;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rebuilds on real files: every row survives, cascades never fire, constraints and dependents come back. */
class SqliteRebuildTest {
    @TempDir
    Path dir;

    private final SqliteDialect dialect = new SqliteDialect(new SqliteSettings(true));

    static void createFamily(SqliteTestDb db, int rows) {
        db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, legacy TEXT, amount INTEGER)",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,"
                        + " label TEXT)",
                "CREATE INDEX ix_child_parent ON child (parent_id)",
                "CREATE TABLE grandchild (id INTEGER PRIMARY KEY, child_id INTEGER REFERENCES child (id) ON DELETE SET NULL,"
                        + " v TEXT)",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ")"
                        + " INSERT INTO parent SELECT i, 'p' || i, 'old' || i, i * 7 FROM n",
                "INSERT INTO child SELECT id, id, 'c' || id FROM parent",
                "INSERT INTO grandchild SELECT id, id, 'g' || id FROM child");
    }

    @Test
    void oneRebuildKeepsEveryRowOfParentChildAndGrandchildAndReverses() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            createFamily(db, 10_000);
            List<String> parentBefore = db.rows("SELECT id, name, amount || '' FROM parent ORDER BY id");
            List<String> childBefore = db.rows("SELECT * FROM child ORDER BY id");
            List<String> grandchildBefore = db.rows("SELECT * FROM grandchild ORDER BY id");
            Table parentTable = dialect.inspector().table(db.connection, "parent").orElseThrow();

            List<Operation> ops = List.of(
                    new DropColumn("parent", "legacy", parentTable.column("legacy").orElseThrow()),
                    new AlterColumn("parent", "amount", change().type(TEXT), parentTable.column("amount").orElseThrow()),
                    new CreateCheckConstraint("parent", new CheckConstraint("ck_name", "length(name) > 0")));
            CapturingSession session = new CapturingSession(db.session);
            SqliteTestDb.applyInTransaction(dialect, session, ops);

            assertEquals(1, session.statements().stream().filter(s -> s.startsWith("CREATE TABLE _retort_new_parent")).count(),
                    "the three changes share one rebuild: " + session.statements());
            assertEquals(parentBefore, db.rows("SELECT id, name, amount || '' FROM parent ORDER BY id"));
            assertEquals(List.of("text"), db.rows("SELECT DISTINCT typeof(amount) FROM parent").stream()
                    .map(r -> r.substring(r.indexOf(':') + 1)).toList());
            assertEquals(childBefore, db.rows("SELECT * FROM child ORDER BY id"));
            assertEquals(grandchildBefore, db.rows("SELECT * FROM grandchild ORDER BY id"));
            assertEquals(0, db.rows("PRAGMA foreign_key_check").size());
            assertEquals(1, db.count("PRAGMA foreign_keys"), "foreign keys are on again after the revision");
            Table after = dialect.inspector().table(db.connection, "parent").orElseThrow();
            assertEquals(List.of(new CheckConstraint("ck_name", "length(name) > 0")), after.checks());
            assertTrue(after.column("legacy").isEmpty());
            assertThrows(SQLException.class, () -> db.connection.createStatement()
                    .execute("INSERT INTO parent (id, name) VALUES (99999, '')"), "the new CHECK works");

            List<Operation> reverse = new ArrayList<>();
            ops.forEach(op -> reverse.add(op.reverse()));
            Collections.reverse(reverse);
            SqliteTestDb.applyInTransaction(dialect, new CapturingSession(db.session), reverse);

            assertEquals(parentBefore, db.rows("SELECT id, name, amount || '' FROM parent ORDER BY id"));
            assertEquals(List.of("integer"), db.rows("SELECT DISTINCT typeof(amount) FROM parent").stream()
                    .map(r -> r.substring(r.indexOf(':') + 1)).toList());
            assertEquals(childBefore, db.rows("SELECT * FROM child ORDER BY id"));
            assertEquals(grandchildBefore, db.rows("SELECT * FROM grandchild ORDER BY id"));
            assertEquals(0, db.rows("PRAGMA foreign_key_check").size());
            assertEquals(parentTable.withColumns(parentTable.columns()), dialect.inspector().table(db.connection, "parent")
                    .map(t -> t.withColumns(reorder(t, parentTable))).orElseThrow());
            // Deleting a parent still cascades: the foreign keys survived the rebuild.
            db.exec("DELETE FROM parent WHERE id = 1");
            assertEquals(0, db.count("SELECT count(*) FROM child WHERE parent_id = 1"));
            assertEquals(1, db.count("SELECT count(*) FROM grandchild WHERE id = 1 AND child_id IS NULL"));
        }
    }

    private static List<dev.retort.schema.Column> reorder(Table t, Table like) {
        return like.columns().stream().map(c -> t.column(c.name()).orElseThrow()).toList();
    }

    @Test
    void unnamedUniqueUnnamedCheckIndexTriggerAndViewSurviveARebuild() throws Exception {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE audit (what TEXT)",
                    "CREATE TABLE item (id INTEGER PRIMARY KEY, email TEXT UNIQUE, qty INTEGER CHECK (qty >= 0), name TEXT)",
                    "CREATE INDEX ix_item_name ON item (name)",
                    "CREATE TRIGGER tr_item AFTER INSERT ON item BEGIN INSERT INTO audit VALUES ('item ' || new.id); END",
                    "CREATE VIEW big_items AS SELECT id, email FROM item WHERE qty > 10",
                    "INSERT INTO item VALUES (1, 'a@x', 5, 'a'), (2, 'b@x', 50, 'b')");
            SqliteTestDb.applyInTransaction(dialect, db.session, List.of(new AlterColumn("item", "name", change().type(dev.retort.schema.Types.string(80)),
                    column("name", TEXT))));

            Table item = dialect.inspector().table(db.connection, "item").orElseThrow();
            assertEquals(List.of(new UniqueConstraint(null, List.of("email"))), item.uniques());
            assertEquals(List.of(new CheckConstraint(null, "qty >= 0")), item.checks());
            assertEquals(List.of(Index.index("ix_item_name", "item", "name")), item.indexes());
            assertEquals(List.of("Integer:2|String:b@x"), db.rows("SELECT * FROM big_items"));
            db.exec("INSERT INTO item VALUES (3, 'c@x', 1, 'c')");
            assertEquals(List.of("String:item 1", "String:item 2", "String:item 3"), db.rows("SELECT * FROM audit"),
                    "the trigger fires again, and did not fire for the copied rows");
            assertThrows(SQLException.class, () -> db.connection.createStatement()
                    .execute("INSERT INTO item VALUES (4, 'a@x', 1, 'd')"), "the unique constraint holds");
            assertThrows(SQLException.class, () -> db.connection.createStatement()
                    .execute("INSERT INTO item VALUES (5, 'e@x', -1, 'e')"), "the check holds");

            SqliteTestDb.applyInTransaction(dialect, db.session, List.of(new DropConstraint("item", null, UniqueConstraint.unique("email"))));
            item = dialect.inspector().table(db.connection, "item").orElseThrow();
            assertEquals(List.of(), item.uniques());
            assertEquals(1, item.checks().size());
            assertEquals(1, item.indexes().size());
            db.exec("INSERT INTO item VALUES (6, 'a@x', 1, 'f')");
            assertEquals(4, db.count("SELECT count(*) FROM audit"));
            assertEquals(List.of("Integer:2|String:b@x"), db.rows("SELECT * FROM big_items"));
        }
    }
}
