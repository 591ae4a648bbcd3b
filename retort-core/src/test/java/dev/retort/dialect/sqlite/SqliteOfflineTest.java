package dev.retort.dialect.sqlite;

import dev.retort.dialect.JdbcSession;
import dev.retort.dialect.Progress;
import dev.retort.dialect.SqlSession;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With --sql the statements are printed; the rebuild reads table shapes from an in-memory scratch database. */
class SqliteOfflineTest {

    /** An offline session as the runtime builds one: prints (here: records) and replays on a scratch database. */
    static final class OfflineSession implements SqlSession {
        final List<String> printed = new ArrayList<>();
        private final JdbcSession scratch;

        OfflineSession(Connection scratch) {
            this.scratch = new JdbcSession(scratch);
        }

        @Override
        public void execute(String sql) {
            printed.add(sql);
            scratch.execute(sql);
        }

        @Override
        public Connection connection() {
            return scratch.connection();
        }

        @Override
        public boolean offline() {
            return true;
        }

        @Override
        public Progress progress() {
            return Progress.NONE;
        }
    }

    @Test
    void printsTheWholeRebuildScriptInsideTheRevisionTransaction() throws Exception {
        SqliteDialect dialect = new SqliteDialect(new SqliteSettings(true));
        try (Connection scratch = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            OfflineSession session = new OfflineSession(scratch);
            dialect.apply(List.of(new CreateTable(Table.of("users", column("id", INTEGER).primaryKey(),
                    column("name", string(20)), column("bio", TEXT)))), session);
            session.printed.clear();

            dialect.revisionTransaction().begin(session);
            dialect.apply(List.of(new AlterColumn("users", "name", change().type(string(100)).notNull().serverDefault("''"), null),
                    new DropColumn("users", "bio", null)), session);
            dialect.revisionTransaction().commit(session);

            assertEquals(List.of(
                    "PRAGMA foreign_keys=OFF",
                    "BEGIN IMMEDIATE",
                    """
                    CREATE TABLE _retort_new_users (
                        id INTEGER NOT NULL,
                        name VARCHAR(100) NOT NULL DEFAULT '',
                        PRIMARY KEY (id)
                    )""",
                    "INSERT INTO _retort_new_users (id, name)\n  SELECT id, COALESCE(name, '') FROM users",
                    "DROP TABLE users",
                    "PRAGMA legacy_alter_table=ON",
                    "ALTER TABLE _retort_new_users RENAME TO users",
                    "PRAGMA legacy_alter_table=OFF",
                    "CREATE TEMP TABLE IF NOT EXISTS retort_foreign_key_check (dangling_rows INTEGER NOT NULL CHECK (dangling_rows = 0))",
                    "INSERT OR ROLLBACK INTO temp.retort_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check",
                    "DROP TABLE temp.retort_foreign_key_check",
                    "COMMIT",
                    "PRAGMA foreign_keys=ON"), session.printed);
            assertEquals(List.of("id", "name"), dialect.inspector().table(scratch, "users").orElseThrow()
                    .columns().stream().map(c -> c.name()).toList(), "the scratch database follows the script");
        }
    }
}
