package dev.retort.dialect.sqlite;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterTableOptions;
import dev.retort.ops.DropColumn;
import dev.retort.ops.Operation;
import dev.retort.schema.Deferrable;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static dev.retort.ops.Dsl.change;
import static dev.retort.schema.Types.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table rebuild carries what the table declares beyond columns: a NOCASE collation (its UNIQUE stays
 * case-insensitive), generated columns (computed again, never copied into), WITHOUT ROWID and STRICT,
 * typeless columns, and DEFERRABLE and MATCH on foreign keys; and the reverse of each rebuild carries them back.
 */
class SqliteRebuildKeepsDeclarationsTest {
    @TempDir
    Path dir;

    private final SqliteDialect dialect = new SqliteDialect(new SqliteSettings(true));

    @Test
    void aUniqueOnANocaseColumnStaysCaseInsensitiveThroughARebuild() throws SQLException {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE UNIQUE, age INT)",
                    "INSERT INTO users (email, age) VALUES ('ann@example.org', 30)");
            Table users = dialect.inspector().table(db.connection, "users").orElseThrow();
            SqliteTestDb.applyInTransaction(dialect, db.session, List.of(
                    new AlterColumn("users", "age", change().type(TEXT), users.column("age").orElseThrow())));
            assertEquals(List.of("String:TEXT"), db.rows("SELECT type FROM pragma_table_info('users') WHERE name = 'age'"),
                    "the table was rebuilt");
            RuntimeException duplicate = assertThrows(RuntimeException.class,
                    () -> db.exec("INSERT INTO users (email) VALUES ('ANN@EXAMPLE.ORG')"));
            assertTrue(String.valueOf(duplicate.getMessage()).contains("UNIQUE"), duplicate.getMessage());
        }
    }

    @Test
    void generatedColumnsAreComputedAgainAfterARebuildAndNotCopied() throws SQLException {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE lines (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, price INTEGER NOT NULL, note TEXT,"
                            + " total INTEGER GENERATED ALWAYS AS (qty * price) STORED,"
                            + " half REAL AS (price / 2.0))",
                    "INSERT INTO lines (qty, price, note) VALUES (2, 5, 'a'), (3, 7, 'b')");
            Table lines = dialect.inspector().table(db.connection, "lines").orElseThrow();
            SqliteTestDb.applyInTransaction(dialect, db.session, List.of(
                    new DropColumn("lines", "note", lines.column("note").orElseThrow())));
            assertEquals(List.of("Integer:1|Integer:10|Double:2.5", "Integer:2|Integer:21|Double:3.5"),
                    db.rows("SELECT id, total, half FROM lines ORDER BY id"));
            assertEquals(List.of("String:total|Integer:3", "String:half|Integer:2"),
                    db.rows("SELECT name, hidden FROM pragma_table_xinfo('lines') WHERE hidden > 0"));
        }
    }

    @Test
    void tableOptionsTypelessColumnsAndForeignKeyClausesSurviveARebuildAndItsReverse() throws SQLException {
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            db.exec("CREATE TABLE owners (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE pets (name TEXT PRIMARY KEY, owner_id INTEGER REFERENCES owners (id) MATCH FULL"
                            + " DEFERRABLE INITIALLY DEFERRED, extra, age INT)",
                    "INSERT INTO owners VALUES (1)", "INSERT INTO pets VALUES ('rex', 1, 'x', 3)");
            Table pets = dialect.inspector().table(db.connection, "pets").orElseThrow();
            Operation toWithoutRowid = new AlterTableOptions("pets", Map.of(SqliteTableOptions.WITHOUT_ROWID, "true"),
                    pets.options());
            SqliteTestDb.applyInTransaction(dialect, db.session, List.of(toWithoutRowid));
            assertEquals(List.of("Integer:1|Integer:0"), db.rows("SELECT wr, strict FROM pragma_table_list WHERE name = 'pets'"));
            Table rebuilt = dialect.inspector().table(db.connection, "pets").orElseThrow();
            ForeignKey key = rebuilt.foreignKeys().get(0);
            assertEquals(Deferrable.INITIALLY_DEFERRED, key.deferrable());
            assertEquals("FULL", key.match());
            assertEquals(List.of("String:"), db.rows("SELECT type FROM pragma_table_info('pets') WHERE name = 'extra'"),
                    "the typeless column stays typeless");

            SqliteTestDb.applyInTransaction(dialect, db.session, List.of(toWithoutRowid.reverse()));
            assertEquals(List.of("Integer:0|Integer:0"), db.rows("SELECT wr, strict FROM pragma_table_list WHERE name = 'pets'"));
            assertEquals(pets, dialect.inspector().table(db.connection, "pets").orElseThrow(), "the reverse restores the table");
            assertEquals(List.of("String:rex|Integer:1|String:x|Integer:3"), db.rows("SELECT * FROM pets"));
        }
    }
}
