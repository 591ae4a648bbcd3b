package dev.retort.verify.lint;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlDdlTest {

    @Test
    void kinds() {
        assertEquals(SqlDdl.Kind.DATA, SqlDdl.kind("  -- backfill\n insert into t values (1)"));
        assertEquals(SqlDdl.Kind.DATA, SqlDdl.kind("UPDATE t SET a = 1"));
        assertEquals(SqlDdl.Kind.DATA, SqlDdl.kind("DELETE FROM t"));
        assertEquals(SqlDdl.Kind.DATA, SqlDdl.kind("WITH x AS (SELECT 1) DELETE FROM t WHERE id IN x"));
        assertEquals(SqlDdl.Kind.SCHEMA, SqlDdl.kind("/* new */ CREATE TABLE t (id INTEGER)"));
        assertEquals(SqlDdl.Kind.SCHEMA, SqlDdl.kind("alter table t add column b text"));
        assertEquals(SqlDdl.Kind.OTHER, SqlDdl.kind("PRAGMA foreign_keys=ON"));
        assertEquals(SqlDdl.Kind.OTHER, SqlDdl.kind("WITH x AS (SELECT 1) SELECT * FROM x"));
    }

    @Test
    void simpleStatementsReadAsOperations() {
        assertEquals(new DropTable("audit", null), read("DROP TABLE IF EXISTS \"audit\";"));
        assertEquals(new DropColumn("users", "email", null), read("ALTER TABLE main.users DROP COLUMN email"));
        assertEquals(new RenameTable("a", "b"), read("alter table a rename to b"));
        assertEquals("name", ((AlterColumn) read("ALTER TABLE t RENAME COLUMN n TO name")).change().newName());
        AddColumn add = (AddColumn) read("ALTER TABLE users ADD COLUMN tier varchar(20) NOT NULL DEFAULT 'free'");
        assertEquals("tier", add.column().name());
        assertEquals("raw(\"VARCHAR(20)\")", add.column().type().toString());
        assertFalse(add.column().isNullable());
        assertEquals("'free'", add.column().serverDefault());
        AddColumn ref = (AddColumn) read("ALTER TABLE posts ADD user_id INTEGER REFERENCES users(id)");
        assertEquals("users", ref.column().references().refTable());
        assertTrue(ref.column().isNullable());
    }

    @Test
    void otherStatementsStayRawSql() {
        for (String sql : List.of("CREATE TABLE t (id INTEGER)", "ALTER TABLE t DROP CONSTRAINT fk_x",
                "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)", "UPDATE t SET a = 1")) {
            Execute execute = new Execute(sql, null);
            assertSame(execute, SqlDdl.read(execute), sql);
        }
    }

    @Test
    void tablesAndReferences() {
        assertEquals("members", SqlDdl.table("CREATE TABLE IF NOT EXISTS members (id INTEGER, team_id INTEGER REFERENCES teams(id))"));
        assertEquals("orders", SqlDdl.table("CREATE UNIQUE INDEX ix_o ON orders (number)"));
        assertEquals("users", SqlDdl.table("ALTER TABLE `users` ADD COLUMN x TEXT"));
        assertNull(SqlDdl.table("DROP INDEX ix_o"));
        assertEquals(List.of("teams", "people"),
                SqlDdl.references("CREATE TABLE m (t INTEGER REFERENCES teams(id), p INTEGER REFERENCES \"people\")"));
    }

    private static Operation read(String sql) {
        return SqlDdl.read(new Execute(sql, null));
    }
}
