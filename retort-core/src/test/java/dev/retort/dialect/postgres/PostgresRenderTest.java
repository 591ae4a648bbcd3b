package dev.retort.dialect.postgres;

import dev.retort.dialect.CapturingSession;
import dev.retort.dialect.JdbcSession;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Deferrable;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.primaryKey;
import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Table-driven, on a real server: each operation on a known schema, the exact statements it renders to, run;
 * then its reverse, rendered against the changed database and run, must give back the schema we started from.
 * Unnamed constraints are found under the names PostgreSQL gave them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRenderTest {
    private static final String SCHEMA = """
            CREATE TABLE parent (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, note TEXT, score INTEGER DEFAULT 0);
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id),
                label VARCHAR(20) UNIQUE, amount NUMERIC(10, 2) CHECK (amount >= 0));
            CREATE TABLE slots (id INTEGER, code TEXT, PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED,
                UNIQUE (code) DEFERRABLE);
            INSERT INTO parent VALUES (1, 'a', NULL, 5), (2, 'b', 'x', 7);
            INSERT INTO child VALUES (1, 1, 'one', 1.5);
            """;

    private final PostgresDialect dialect = new PostgresDialect();
    private PostgresTestDatabase database;
    private Connection connection;

    /** An operation, built from the table it changes as it is before (for ops that carry the old definition). */
    record Case(String name, Function<Schema, Operation> operation, List<String> sql) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("add a NOT NULL column with a non-constant default",
                        s -> new AddColumn("parent", column("created_at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP")),
                        List.of("ALTER TABLE parent ADD COLUMN created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP")),
                new Case("add a boolean column with a portable default",
                        s -> new AddColumn("parent", column("active", dev.retort.schema.Types.BOOLEAN).notNull().serverDefault("1")),
                        List.of("ALTER TABLE parent ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE")),
                new Case("change a type, keeping the default across it",
                        s -> new AlterColumn("parent", "score", change().type(string(20)), col(s, "parent", "score")),
                        List.of("ALTER TABLE parent ALTER COLUMN score DROP DEFAULT",
                                "ALTER TABLE parent ALTER COLUMN score TYPE VARCHAR(20) USING score::VARCHAR(20)",
                                "ALTER TABLE parent ALTER COLUMN score SET DEFAULT 0")),
                new Case("widen an integer",
                        s -> new AlterColumn("child", "parent_id", change().type(BIGINT), col(s, "child", "parent_id")),
                        List.of("ALTER TABLE child ALTER COLUMN parent_id TYPE BIGINT USING parent_id::BIGINT")),
                new Case("make nullable and rename",
                        s -> new AlterColumn("parent", "name", change().nullable(true).rename("title"), col(s, "parent", "name")),
                        List.of("ALTER TABLE parent ALTER COLUMN name DROP NOT NULL",
                                "ALTER TABLE parent RENAME COLUMN name TO title")),
                new Case("drop a default",
                        s -> new AlterColumn("parent", "score", change().dropDefault(), col(s, "parent", "score")),
                        List.of("ALTER TABLE parent ALTER COLUMN score DROP DEFAULT")),
                new Case("partial index",
                        s -> new CreateIndex(Index.index("ix_parent_name", "parent", "name").where("score > 0")),
                        List.of("CREATE INDEX ix_parent_name ON parent (name) WHERE score > 0")),
                new Case("unique index on an expression",
                        s -> new CreateIndex(Index.index("ux_parent_lower_name", "parent", "lower(name)").unique()),
                        List.of("CREATE UNIQUE INDEX ux_parent_lower_name ON parent ((lower(name)))")),
                new Case("named unique constraint",
                        s -> new CreateUniqueConstraint("parent", new UniqueConstraint("uq_parent_name", List.of("name"))),
                        List.of("ALTER TABLE parent ADD CONSTRAINT uq_parent_name UNIQUE (name)")),
                new Case("named check constraint",
                        s -> new CreateCheckConstraint("parent", new CheckConstraint("ck_score", "score BETWEEN 0 AND 100")),
                        List.of("ALTER TABLE parent ADD CONSTRAINT ck_score CHECK (score BETWEEN 0 AND 100) NOT VALID",
                                "ALTER TABLE parent VALIDATE CONSTRAINT ck_score")),
                new Case("deferrable unique constraint",
                        s -> new CreateUniqueConstraint("parent", new UniqueConstraint("uq_parent_name", List.of("name"),
                                Deferrable.DEFERRABLE)),
                        List.of("ALTER TABLE parent ADD CONSTRAINT uq_parent_name UNIQUE (name) DEFERRABLE")),
                new Case("foreign key with MATCH FULL, actions and DEFERRABLE, in grammar order before NOT VALID",
                        s -> new CreateForeignKey("child", ForeignKey.foreignKey("parent_id", "parent", "id")
                                .onDelete(FkAction.CASCADE).onUpdate(FkAction.SET_NULL).match("full")
                                .deferrable(Deferrable.INITIALLY_DEFERRED).named("fk_child_parent")),
                        List.of("ALTER TABLE child ADD CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES"
                                        + " parent (id) MATCH FULL ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY"
                                        + " DEFERRED NOT VALID",
                                "ALTER TABLE child VALIDATE CONSTRAINT fk_child_parent")),
                new Case("drop a deferrable primary key; the reverse makes it deferrable again",
                        s -> new DropPrimaryKey("slots", s.table("slots").orElseThrow().primaryKey()),
                        List.of("ALTER TABLE slots DROP CONSTRAINT slots_pkey")),
                new Case("drop an unnamed deferrable unique constraint; the reverse makes it deferrable again",
                        s -> new DropConstraint("slots", null, s.table("slots").orElseThrow().uniques().get(0).named(null)),
                        List.of("ALTER TABLE slots DROP CONSTRAINT slots_code_key")),
                new Case("drop an unnamed foreign key",
                        s -> new DropConstraint("child", null, ForeignKey.foreignKey("parent_id", "parent", "id")),
                        List.of("ALTER TABLE child DROP CONSTRAINT child_parent_id_fkey")),
                new Case("drop an unnamed unique constraint",
                        s -> new DropConstraint("child", null, UniqueConstraint.unique("label")),
                        List.of("ALTER TABLE child DROP CONSTRAINT child_label_key")),
                new Case("drop an unnamed check, written differently from how PostgreSQL prints it",
                        s -> new DropConstraint("child", null, CheckConstraint.check("amount>=0")),
                        List.of("ALTER TABLE child DROP CONSTRAINT child_amount_check")),
                new Case("drop a primary key",
                        s -> new DropPrimaryKey("child", s.table("child").orElseThrow().primaryKey()),
                        List.of("ALTER TABLE child DROP CONSTRAINT child_pkey")),
                new Case("rename a table",
                        s -> new RenameTable("child", "kid"),
                        List.of("ALTER TABLE child RENAME TO kid")),
                new Case("create a table with an identity key, a composite foreign key target and an index",
                        s -> new CreateTable(Table.of("Events", column("id", BIGINT).notNull().autoIncrement(),
                                column("parent_id", INTEGER), column("order", INTEGER).notNull(), primaryKey("id"),
                                ForeignKey.foreignKey("parent_id", "parent", "id").onDelete(FkAction.CASCADE))
                                .withIndexes(List.of(Index.index("ix_events_order", "Events", "order")))),
                        List.of("CREATE TABLE \"Events\" (\n    id BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
                                        + "    parent_id INTEGER,\n    \"order\" INTEGER NOT NULL,\n    PRIMARY KEY (id),\n"
                                        + "    FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE\n)",
                                "CREATE INDEX ix_events_order ON \"Events\" (\"order\")")),
                new Case("create a table with deferrable keys and a MATCH FULL foreign key",
                        s -> new CreateTable(Table.of("seats", column("id", INTEGER).notNull(), column("label", INTEGER),
                                column("parent_id", INTEGER), primaryKey("id").deferrable(Deferrable.INITIALLY_DEFERRED),
                                UniqueConstraint.unique("label").deferrable(Deferrable.DEFERRABLE),
                                ForeignKey.foreignKey("parent_id", "parent", "id").match("FULL")
                                        .deferrable(Deferrable.DEFERRABLE))),
                        List.of("CREATE TABLE seats (\n    id INTEGER NOT NULL,\n    label INTEGER,\n    parent_id INTEGER,\n"
                                + "    PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED,\n    UNIQUE (label) DEFERRABLE,\n"
                                + "    FOREIGN KEY (parent_id) REFERENCES parent (id) MATCH FULL DEFERRABLE\n)")),
                new Case("batch of changes to one table",
                        s -> new BatchAlterTable("parent", List.of(new AddColumn("parent", column("rank", INTEGER)),
                                new CreateIndex(Index.index("ix_parent_rank", "parent", "rank")))),
                        List.of("ALTER TABLE parent ADD COLUMN rank INTEGER", "CREATE INDEX ix_parent_rank ON parent (rank)")));
    }

    private static Column col(Schema schema, String table, String column) {
        return schema.table(table).orElseThrow().column(column).orElseThrow();
    }

    @BeforeAll
    void createDatabase() throws SQLException {
        database = PostgresTestServer.createDatabase();
        connection = database.connect();
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void freshSchema() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
            st.execute(SCHEMA);
        }
    }

    @Test
    void aHandWrittenTypeChangeKeepsTheDefaultTheDatabaseHas() {
        CapturingSession session = new CapturingSession(new JdbcSession(connection));
        dialect.apply(List.of(new AlterColumn("parent", "score", change().type(string(20)), null)), session);
        assertEquals(List.of("ALTER TABLE parent ALTER COLUMN score DROP DEFAULT",
                "ALTER TABLE parent ALTER COLUMN score TYPE VARCHAR(20) USING score::VARCHAR(20)",
                "ALTER TABLE parent ALTER COLUMN score SET DEFAULT 0"), session.statements());
        // Back to INTEGER: without the drop and set around it, PostgreSQL refuses ("default for column score
        // cannot be cast automatically"), as '0'::character varying has no automatic cast to integer.
        dialect.apply(List.of(new AlterColumn("parent", "score", change().type(INTEGER), null)), new JdbcSession(connection));
        Column score = col(dialect.inspector().inspect(connection), "parent", "score");
        assertEquals(List.of("INTEGER", "0"), List.of(score.type().toString(), score.serverDefault()));
    }

    @Test
    void bulkInsertWritesLiteralsPostgresqlReadsBack() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE samples (flag BOOLEAN, bytes BYTEA, amount NUMERIC(10, 2), day DATE, ratio DOUBLE PRECISION,"
                    + " note TEXT)");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("flag", true);
        row.put("bytes", new byte[] {1, 0, (byte) 255});
        row.put("amount", new BigDecimal("12.50"));
        row.put("day", LocalDate.of(2026, 11, 24));
        row.put("ratio", Double.NaN);
        row.put("note", "it's");
        Map<String, Object> nulls = new LinkedHashMap<>();
        nulls.put("flag", null);
        CapturingSession session = new CapturingSession(new JdbcSession(connection));
        dialect.apply(List.of(new BulkInsert("samples", List.of(row, nulls))), session);
        assertEquals(List.of("INSERT INTO samples (flag, bytes, amount, day, ratio, note) VALUES"
                + " (TRUE, '\\x0100ff'::bytea, 12.50, '2026-11-24', 'NaN', 'it''s'), (NULL, NULL, NULL, NULL, NULL, NULL)"),
                session.statements());
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT flag, encode(bytes, 'hex'), amount, day, ratio, note FROM samples"
                     + " ORDER BY flag")) {
            rs.next();
            assertEquals("t|0100ff|12.50|2026-11-24|NaN|it's", rs.getString(1) + "|" + rs.getString(2) + "|"
                    + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getString(6));
            rs.next();
            assertEquals(null, rs.getString(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactlyAndReversesToTheStart(Case c) {
        Schema start = dialect.inspector().inspect(connection);
        Operation operation = c.operation().apply(start);
        CapturingSession session = new CapturingSession(new JdbcSession(connection));
        dialect.apply(List.of(operation), session);
        assertEquals(c.sql(), session.statements(), "statements of " + operation.describe());

        Operation reverse = operation.reverse();
        dialect.apply(List.of(reverse), new JdbcSession(connection));
        assertEquals(start, dialect.inspector().inspect(connection), "schema after " + reverse.describe());
    }
}
