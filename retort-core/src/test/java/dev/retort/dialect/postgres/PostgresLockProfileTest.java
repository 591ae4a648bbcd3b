package dev.retort.dialect.postgres;

import dev.retort.dialect.JdbcSession;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Operation;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Types;
import dev.retort.spi.LockProfile;
import dev.retort.spi.LockProfile.Rewrite;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What lint's locking rules are told about PostgreSQL, checked against the server: a change rewrites the table
 * exactly when the profile says so. A rewrite gives the table a new file (pg_class.relfilenode), so each change is
 * applied as Retort renders it and the file compared before and after.
 */
class PostgresLockProfileTest {
    private final LockProfile profile = new PostgresDialect().locks();
    private final PostgresDialect dialect = new PostgresDialect();

    record TypeCase(String from, ColumnType to) {
    }

    @Test
    void typeChangesRewriteTheTableExactlyWhenTheProfileSaysSo() throws SQLException {
        List<TypeCase> cases = List.of(new TypeCase("VARCHAR(50)", Types.string(200)), new TypeCase("VARCHAR(50)", Types.TEXT),
                new TypeCase("VARCHAR(50)", Types.string(20)), new TypeCase("INTEGER", Types.BIGINT),
                new TypeCase("NUMERIC(10, 2)", Types.numeric(12, 2)), new TypeCase("NUMERIC(10, 2)", Types.numeric(12, 3)),
                new TypeCase("TEXT", Types.string(100)));
        List<String> expected = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection connection = db.connect()) {
            for (TypeCase c : cases) {
                execute(connection, "DROP TABLE IF EXISTS t; CREATE TABLE t (id INTEGER PRIMARY KEY, c " + c.from() + ");"
                        + " INSERT INTO t SELECT g, NULL FROM generate_series(1, 100) g");
                Rewrite answer = profile.typeChange(PostgresLockProfile.portable(Types.raw(c.from())), c.to());
                boolean rewritten = rewrites(connection, new AlterColumn("t", "c", change().type(c.to()), null));
                expected.add(c.from() + " -> " + c.to() + ": " + answer);
                seen.add(c.from() + " -> " + c.to() + ": " + (rewritten ? Rewrite.YES : Rewrite.NO));
            }
        }
        assertEquals(expected, seen);
    }

    @Test
    void aVolatileDefaultRewritesTheTableAndAStableOneDoesNot() throws SQLException {
        List<String> defaults = List.of("now()", "'new'", "random()", "gen_random_uuid()::text", "clock_timestamp()::text");
        List<String> expected = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase(); Connection connection = db.connect()) {
            execute(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t SELECT g FROM generate_series(1, 100) g");
            int n = 0;
            for (String dflt : defaults) {
                String type = dflt.equals("now()") ? "TIMESTAMPTZ" : dflt.equals("random()") ? "DOUBLE PRECISION" : "TEXT";
                boolean rewritten = rewrites(connection, new AddColumn("t", column("c" + n++, Types.raw(type)).serverDefault(dflt)));
                expected.add(dflt + ": " + profile.defaultRewritesTable(dflt));
                seen.add(dflt + ": " + rewritten);
            }
        }
        assertEquals(expected, seen);
    }

    private boolean rewrites(Connection connection, Operation operation) throws SQLException {
        long before = fileOf(connection);
        dialect.apply(List.of(operation), new JdbcSession(connection));
        return fileOf(connection) != before;
    }

    private static long fileOf(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT relfilenode FROM pg_class WHERE oid = 't'::regclass")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
