package dev.retort.autogen;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.DynamicTest;
import dev.retort.dialect.sqlite.SqliteDiffHooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.check;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.index;
import static dev.retort.ops.Dsl.unique;
import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.raw;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Schema pairs in, exact operations out: each kind of change, in both directions. */
class SchemaDiffTest {
    private static final Column ID = column("id", INTEGER).primaryKey();
    private static final Column NAME = column("name", string(100)).notNull();

    private static final Table USERS = Table.of("users", ID, NAME);
    private static final Table WORKFLOWS = Table.of("workflows", ID, column("owner_id", INTEGER),
            foreignKey("owner_id", "users", "id"));
    private static final Table NODES = Table.of("workflow_nodes", ID, column("wf_id", INTEGER).notNull(),
            foreignKey("wf_id", "workflows", "id").onDelete(FkAction.CASCADE));

    record Case(String name, Schema current, Schema target, List<Operation> expected) {
    }

    static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    static Table table(String name, TableElement... elements) {
        return Table.of(name, elements);
    }

    /** The bare column a normalized Table holds for {@code c}. */
    static Column bare(Column c) {
        return c.bare();
    }

    static Table users(TableElement... extra) {
        List<TableElement> elements = new ArrayList<>(List.of(ID, NAME));
        elements.addAll(List.of(extra));
        return Table.of("users", elements);
    }

    static Stream<Case> cases() {
        Table usersIndexed = USERS.withIndexes(List.of(index("ix_users_name", "users", "name")));
        Column email = column("email", string(255));
        Column title = column("title", string(100));
        ForeignKey ownerFk = foreignKey("owner_id", "users", "id");
        Table workflowsBare = Table.of("workflows", ID, column("owner_id", INTEGER));
        return Stream.of(
                new Case("create table with index", schema(), schema(usersIndexed),
                        List.of(new CreateTable(USERS), new CreateIndex(index("ix_users_name", "users", "name")))),
                new Case("drop table with index", schema(usersIndexed), schema(),
                        List.of(new DropIndex("ix_users_name", "users", index("ix_users_name", "users", "name")),
                                new DropTable("users", USERS))),
                new Case("create tables referenced first", schema(), schema(NODES, WORKFLOWS, USERS),
                        List.of(new CreateTable(USERS), new CreateTable(WORKFLOWS), new CreateTable(NODES))),
                new Case("drop tables referencing first", schema(USERS, WORKFLOWS, NODES), schema(),
                        List.of(new DropTable("workflow_nodes", NODES), new DropTable("workflows", WORKFLOWS),
                                new DropTable("users", USERS))),
                new Case("add column", schema(USERS), schema(users(email)),
                        List.of(new AddColumn("users", email))),
                new Case("drop column", schema(users(email)), schema(USERS),
                        List.of(new DropColumn("users", "email", email))),
                new Case("widen a string", schema(users(email)), schema(users(column("email", string(320)))),
                        List.of(new AlterColumn("users", "email", change().type(string(320)), email))),
                new Case("narrow it back", schema(users(column("email", string(320)))), schema(users(email)),
                        List.of(new AlterColumn("users", "email", change().type(string(255)),
                                column("email", string(320))))),
                new Case("make not null", schema(users(email)), schema(users(email.notNull())),
                        List.of(new AlterColumn("users", "email", change().notNull(), email))),
                new Case("make nullable", schema(users(email.notNull())), schema(users(email)),
                        List.of(new AlterColumn("users", "email", change().nullable(true), email.notNull()))),
                new Case("add a server default", schema(users(email)), schema(users(email.serverDefault("'none'"))),
                        List.of(new AlterColumn("users", "email", change().serverDefault("'none'"), email))),
                new Case("drop a server default", schema(users(email.serverDefault("'none'"))), schema(users(email)),
                        List.of(new AlterColumn("users", "email", change().dropDefault(),
                                email.serverDefault("'none'")))),
                new Case("type, nullability and default at once", schema(users(column("n", INTEGER))),
                        schema(users(column("n", BIGINT).notNull().serverDefault("0"))),
                        List.of(new AlterColumn("users", "n", change().type(BIGINT).notNull().serverDefault("0"),
                                column("n", INTEGER)))),
                new Case("add an unnamed unique constraint", schema(USERS), schema(users(unique("name"))),
                        List.of(new CreateUniqueConstraint("users", unique("name")))),
                new Case("drop an unnamed unique constraint", schema(users(unique("name"))), schema(USERS),
                        List.of(new DropConstraint("users", null, unique("name")))),
                new Case("a named unique constraint changes columns",
                        schema(users(email, unique("name").named("uq_users"))),
                        schema(users(email, unique("name", "email").named("uq_users"))),
                        List.of(new DropConstraint("users", "uq_users", unique("name").named("uq_users")),
                                new CreateUniqueConstraint("users", unique("name", "email").named("uq_users")))),
                new Case("add a foreign key to an existing table: named for the downgrade",
                        schema(USERS, workflowsBare), schema(USERS, WORKFLOWS),
                        List.of(new CreateForeignKey("workflows", ownerFk.named("fk_workflows_owner_id_users")))),
                new Case("drop a foreign key", schema(USERS, WORKFLOWS), schema(USERS, workflowsBare),
                        List.of(new DropConstraint("workflows", null, ownerFk))),
                new Case("change ON DELETE", schema(USERS, WORKFLOWS),
                        schema(USERS, Table.of("workflows", ID, column("owner_id", INTEGER),
                                ownerFk.onDelete(FkAction.SET_NULL))),
                        List.of(new DropConstraint("workflows", null, ownerFk),
                                new CreateForeignKey("workflows", ownerFk.onDelete(FkAction.SET_NULL)
                                        .named("fk_workflows_owner_id_users")))),
                new Case("add a check", schema(users(email)), schema(users(email, check("length(email) > 3"))),
                        List.of(new CreateCheckConstraint("users", check("length(email) > 3")))),
                new Case("drop a named check", schema(users(email, check("length(email) > 3").named("ck_email"))),
                        schema(users(email)),
                        List.of(new DropConstraint("users", "ck_email", check("length(email) > 3").named("ck_email")))),
                new Case("add an index", schema(USERS), schema(usersIndexed),
                        List.of(new CreateIndex(index("ix_users_name", "users", "name")))),
                new Case("drop an index", schema(usersIndexed), schema(USERS),
                        List.of(new DropIndex("ix_users_name", "users", index("ix_users_name", "users", "name")))),
                new Case("an index becomes unique and partial", schema(usersIndexed),
                        schema(USERS.withIndexes(List.of(index("ix_users_name", "users", "name").unique()
                                .where("name IS NOT NULL")))),
                        List.of(new DropIndex("ix_users_name", "users", index("ix_users_name", "users", "name")),
                                new CreateIndex(index("ix_users_name", "users", "name").unique()
                                        .where("name IS NOT NULL")))),
                new Case("an expression index changes", schema(USERS.withIndexes(List.of(
                                index("ix_lower", "users", "lower(name)")))),
                        schema(USERS.withIndexes(List.of(index("ix_lower", "users", "upper(name)")))),
                        List.of(new DropIndex("ix_lower", "users", index("ix_lower", "users", "lower(name)")),
                                new CreateIndex(index("ix_lower", "users", "upper(name)")))),
                new Case("a column and an index on it: column first", schema(USERS),
                        schema(users(email).withIndexes(List.of(index("ix_email", "users", "email")))),
                        List.of(new AddColumn("users", email), new CreateIndex(index("ix_email", "users", "email")))),
                new Case("a column and an index on it, dropped: index first",
                        schema(users(email).withIndexes(List.of(index("ix_email", "users", "email")))),
                        schema(USERS),
                        List.of(new DropIndex("ix_email", "users", index("ix_email", "users", "email")),
                                new DropColumn("users", "email", email))),
                new Case("drop a referenced table: the foreign key goes first",
                        schema(USERS, WORKFLOWS), schema(Table.of("workflows", ID, column("owner_id", INTEGER))),
                        List.of(new DropConstraint("workflows", null, ownerFk), new DropTable("users", USERS))),
                new Case("a new table referenced by a new foreign key: table first",
                        schema(workflowsBare), schema(USERS, WORKFLOWS),
                        List.of(new CreateTable(USERS), new CreateForeignKey("workflows",
                                ownerFk.named("fk_workflows_owner_id_users")))),
                new Case("a likely rename stays a drop and an add, side by side", schema(users(title)),
                        schema(users(column("label", string(100)))),
                        List.of(new DropColumn("users", "title", title),
                                new AddColumn("users", column("label", string(100))))));
    }

    @TestFactory
    Stream<DynamicTest> eachKindOfChange() {
        return cases().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<Operation> ops = new SchemaDiff().diff(c.current(), c.target());
            assertEquals(c.expected(), ops);
            assertReversible(ops);
        }));
    }

    @TestFactory
    Stream<DynamicTest> noDifferenceEitherWayWhenEqual() {
        return cases().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            assertTrue(new SchemaDiff().compare(c.target(), c.target()).isEmpty());
            assertTrue(new SchemaDiff().compare(c.current(), c.current()).isEmpty());
        }));
    }

    /** Every generated operation carries what its reverse needs: the downgrade never has to be written. */
    private static void assertReversible(List<Operation> ops) {
        List<Operation> down = new ArrayList<>();
        for (Operation op : ops) {
            down.add(op.reverse());
        }
        Collections.reverse(down);
        assertEquals(ops.size(), down.size());
    }

    @Test
    void equivalentSpellingsAreNotChanges() {
        Schema db = schema(Table.of("Users", column("ID", raw("int")).primaryKey(),
                column("Name", raw("VARCHAR(100)")).notNull().serverDefault("('anon')"),
                column("price", raw("decimal(10)")),
                check("(length( Name ) > 0)")).withIndexes(List.of(
                        index("IX_users_lower", "Users", "LOWER(\"Name\")").where("Name IS NOT NULL"))));
        Schema models = schema(Table.of("users", column("id", INTEGER).primaryKey(),
                column("name", string(100)).notNull().serverDefault("'anon'"),
                column("price", dev.retort.schema.Types.numeric(10, 0)),
                check("length(name)>0")).withIndexes(List.of(
                        index("ix_users_lower", "users", "lower(name)").where("name is not null"))));
        DiffResult result = new SchemaDiff().compare(db, models);
        assertEquals(List.of(), result.describe());
    }

    @Test
    void aGeneratedKeyKeepsWhateverIntegerWidthTheDatabaseChose() {
        Schema db = schema(Table.of("users", column("id", INTEGER).primaryKey().autoIncrement(), NAME));
        Schema models = schema(Table.of("users", column("id", BIGINT).primaryKey().autoIncrement(), NAME));
        assertTrue(new SchemaDiff().compare(db, models).isEmpty());
        Schema plainKey = schema(Table.of("users", column("id", INTEGER).primaryKey(), NAME));
        Schema bigKey = schema(Table.of("users", column("id", BIGINT).primaryKey(), NAME));
        assertEquals(List.of(new AlterColumn("users", "id", change().type(BIGINT), column("id", INTEGER).notNull())),
                new SchemaDiff().diff(plainKey, bigKey));
    }

    @Test
    void aKeyColumnReadBackAsNullableIsNotAChange() {
        Column readBack = new Column("id", INTEGER, true, null, false, false, false, null);
        Table db = new Table("users", List.of(readBack, NAME.bare()), dev.retort.schema.PrimaryKey.primaryKey("id"),
                List.of(), List.of(), List.of(), List.of());
        assertTrue(new SchemaDiff().compare(schema(db), schema(USERS)).isEmpty());
    }

    @Test
    void namedAndUnnamedConstraintsOfTheSameShapeMatch() {
        Schema db = schema(USERS, Table.of("workflows", ID, column("owner_id", INTEGER),
                foreignKey("owner_id", "users", "id").named("fk_wf_owner")),
                users(unique("name").named("uq_name")).withName("accounts"));
        Schema models = schema(USERS, WORKFLOWS, users(unique("name")).withName("accounts"));
        assertTrue(new SchemaDiff().compare(db, models).isEmpty());
    }

    @Test
    void namesAreCaseInsensitiveAndRetortTablesAreLeftAlone() {
        Schema db = schema(Table.of("USERS", column("ID", INTEGER).primaryKey(), column("NAME", string(100)).notNull()),
                Table.of("retort_version", column("version_num", string(32)).notNull()),
                Table.of("retort_log", column("id", INTEGER)), Table.of("sqlite_sequence", column("name", TEXT)));
        // sqlite_sequence is SQLite's own: its dialect's hooks leave it alone.
        assertTrue(new SchemaDiff(new SqliteDiffHooks()).compare(db, schema(USERS)).isEmpty());
        assertTrue(new SchemaDiff().compare(schema(USERS), schema(USERS,
                Table.of("retort_version", column("version_num", string(32))))).isEmpty());
    }

    @Test
    void aChangedPrimaryKeyIsDroppedWithTheConstraintsAndCreatedAfterTheColumns() {
        Schema db = schema(Table.of("pairs", column("a", INTEGER).primaryKey(), column("b", INTEGER).notNull()));
        Schema models = schema(Table.of("pairs", column("a", INTEGER).notNull(), column("b", INTEGER).notNull(),
                column("c", INTEGER).notNull().serverDefault("0"), dev.retort.schema.PrimaryKey.primaryKey("a", "c")));
        DiffResult result = new SchemaDiff().compare(db, models);
        assertEquals(List.of(new DropPrimaryKey("pairs", dev.retort.schema.PrimaryKey.primaryKey("a")),
                new AddColumn("pairs", column("c", INTEGER).notNull().serverDefault("0")),
                new CreatePrimaryKey("pairs", dev.retort.schema.PrimaryKey.primaryKey("a", "c"))), result.operations());
        assertEquals(List.of(), result.manualChanges());
    }

    @Test
    void renameHintsPairDropsWithAddsOfTheSameType() {
        Schema db = schema(users(column("title", string(100)), column("count", INTEGER)));
        Schema models = schema(users(column("label", string(100)), column("note", TEXT)));
        DiffResult result = new SchemaDiff().compare(db, models);
        assertEquals(List.of(new RenameHint("users", "title", "label")), result.renameHints());
        assertEquals(List.of(new DropColumn("users", "title", column("title", string(100))),
                new AddColumn("users", column("label", string(100))),
                new AddColumn("users", column("note", TEXT)),
                new DropColumn("users", "count", column("count", INTEGER))), result.operations());
    }

    @Test
    void manyChangesAreOrderedSoTheyApplyAndSoDoesTheirReverse() {
        Table tags = Table.of("tags", ID, column("name", string(50)).notNull());
        Table nodeTags = Table.of("node_tags", column("node_id", INTEGER).notNull(), column("tag_id", INTEGER).notNull(),
                foreignKey("node_id", "workflow_nodes", "id"), foreignKey("tag_id", "tags", "id"));
        Schema db = schema(USERS, WORKFLOWS, NODES.withIndexes(List.of(index("ix_nodes_wf", "workflow_nodes", "wf_id"))));
        Schema models = schema(nodeTags, tags, Table.of("workflows", ID, column("title", string(200))),
                Table.of("workflow_nodes", ID, column("wf_id", INTEGER).notNull(), column("kind", string(20)),
                        foreignKey("wf_id", "workflows", "id").onDelete(FkAction.CASCADE))
                        .withIndexes(List.of(index("ix_nodes_kind", "workflow_nodes", "kind"))));
        List<Operation> ops = new SchemaDiff().diff(db, models);
        List<String> described = ops.stream().map(Operation::describe).toList();
        assertEquals(List.of(
                "drop constraint " + foreignKey("owner_id", "users", "id") + " on workflows",
                "drop index ix_nodes_wf",
                "drop table users",
                "add column workflows.title",
                "drop column workflows.owner_id",
                "add column workflow_nodes.kind",
                "create index ix_nodes_kind on workflow_nodes",
                "create table tags",
                "create table node_tags"), described);
    }
}
