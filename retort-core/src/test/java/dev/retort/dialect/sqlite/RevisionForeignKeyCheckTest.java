package dev.retort.dialect.sqlite;

import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.retort.schema.Types.INTEGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The foreign key check of a revision reads the tables its operations can affect, not the whole database. */
class RevisionForeignKeyCheckTest {
    @TempDir
    Path dir;

    private Connection database() throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("fk.sqlite3"));
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE, name TEXT)");
            st.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))");
            st.execute("CREATE TABLE by_code (id INTEGER PRIMARY KEY, code TEXT REFERENCES parent (code))");
            st.execute("CREATE TABLE elsewhere (id INTEGER PRIMARY KEY, other_id INTEGER REFERENCES other (id))");
            st.execute("CREATE TABLE other (id INTEGER PRIMARY KEY)");
            st.execute("INSERT INTO parent VALUES (1, 'a', 'one')");
            st.execute("INSERT INTO child VALUES (1, 1), (2, 99)");        // one violation that was there already
            st.execute("INSERT INTO by_code VALUES (1, 'a')");
            st.execute("INSERT INTO elsewhere VALUES (1, 42)");            // and one in a table nothing touches
        }
        return c;
    }

    private static void run(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void aNewTableIsTheOnlyTableChecked() throws Exception {
        try (Connection c = database()) {
            RevisionForeignKeyCheck check = new RevisionForeignKeyCheck(false);
            check.touching(c, ForeignKeyScope.of(new Execute("CREATE TABLE t_1 (id INTEGER PRIMARY KEY, "
                    + "parent_id INTEGER REFERENCES parent (id))", null)));
            run(c, "CREATE TABLE t_1 (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))");
            run(c, "INSERT INTO t_1 VALUES (1, 7)");

            assertEquals(Map.of("t_1", 1L), check.after(c), "child's and elsewhere's old violations are not read");
            assertFalse(check.leavesDatabaseClean(Map.of()), "a scoped check says nothing of the other tables");
        }
    }

    @Test
    void aChangeToColumnsNoOneReferencesLeavesTheReferencingTablesOut() throws Exception {
        try (Connection c = database()) {
            RevisionForeignKeyCheck check = new RevisionForeignKeyCheck(false);
            check.touching(c, ForeignKeyScope.of(new DropColumn("parent", "name", null)));
            assertEquals(Map.of(), check.before());
            assertEquals(Map.of(), check.after(c));
        }
    }

    @Test
    void aChangeToReferencedColumnsReadsTheTablesReferencingThemBeforeAndAfter() throws Exception {
        try (Connection c = database()) {
            RevisionForeignKeyCheck check = new RevisionForeignKeyCheck(false);
            check.touching(c, ForeignKeyScope.of(new DropConstraint("parent", null, new UniqueConstraint(null, List.of("code")))));
            assertEquals(Map.of(), check.before(), "by_code references parent.code and had no violation; child is not read");
            run(c, "UPDATE parent SET code = 'b'");
            assertEquals(Map.of("by_code", 1L), check.after(c));
        }
    }

    @Test
    void aDroppedTableBringsInEveryTableReferencingItWithTheViolationsTheyHadBefore() throws Exception {
        try (Connection c = database()) {
            RevisionForeignKeyCheck check = new RevisionForeignKeyCheck(false);
            check.touching(c, ForeignKeyScope.of(new DropTable("parent", null)));
            assertEquals(Map.of("child", 1L), check.before(), "the violation child had before the revision");
            run(c, "DROP TABLE parent");
            assertEquals(Map.of("child", 2L, "by_code", 1L), check.after(c));
        }
    }

    @Test
    void sqlRetortDoesNotReadWidensTheCheckToTheWholeDatabaseKeepingWhatWasReadBefore() throws Exception {
        try (Connection c = database()) {
            RevisionForeignKeyCheck check = new RevisionForeignKeyCheck(false);
            check.touching(c, ForeignKeyScope.of(new DropTable("parent", null)));
            run(c, "DELETE FROM parent");
            check.touching(c, ForeignKeyScope.of(new Execute("DELETE FROM other", null)));

            assertEquals(Map.of("child", 1L, "elsewhere", 1L), check.before(),
                    "child as it was before the first operation, not after the DELETE");
            assertEquals(Map.of("child", 2L, "by_code", 1L, "elsewhere", 1L), check.after(c));
            assertTrue(check.leavesDatabaseClean(Map.of()));
        }
    }

    @Test
    void whatOperationsTouch() {
        assertEquals("t", ForeignKeyScope.createdTable("create table if not exists \"t\" (id integer);"));
        assertNull(ForeignKeyScope.createdTable("CREATE TABLE t (id INTEGER); DELETE FROM parent"));
        assertNull(ForeignKeyScope.createdTable("CREATE TABLE t AS SELECT * FROM parent"));
        assertNull(ForeignKeyScope.of(new Execute("UPDATE parent SET id = 2", null)));
        assertEquals(List.of(new ForeignKeyScope.Touch("t", true, Set.of())),
                ForeignKeyScope.of(new CreateTable(new Table("t", List.of(new Column("id", INTEGER, false, null, false,
                        false, false, null)), null, List.of(), List.of(), List.of(), List.of()))));
        assertEquals(List.of(new ForeignKeyScope.Touch("parent", false, Set.of())),
                ForeignKeyScope.of(new AddColumn("parent", new Column("x", INTEGER, true, null, false, false, false, null))));
        assertEquals(List.of(new ForeignKeyScope.Touch("parent", false, null), new ForeignKeyScope.Touch("p2", false, null)),
                ForeignKeyScope.of(new RenameTable("parent", "p2")));
    }
}
