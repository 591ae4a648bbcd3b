package dev.retort.autogen;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.revision.Revision;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Deferrable;
import dev.retort.schema.FkAction;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.ops.Dsl.check;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.index;
import static dev.retort.ops.Dsl.primaryKey;
import static dev.retort.ops.Dsl.unique;
import static dev.retort.schema.Types.BOOLEAN;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.JSON;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.numeric;
import static dev.retort.schema.Types.raw;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The rendered revision is valid Java, and running it asks for exactly the operations the diff found:
 * compiled with javax.tools against retort-core, then run on a recording {@code Ops}.
 */
class RevisionSourceTest {

    @Test
    void theRenderedRevisionCompilesAndReplaysTheDiff(@TempDir Path dir) throws Exception {
        Table users = Table.of("users", column("id", INTEGER).primaryKey(), column("email", string(100)),
                column("flags", raw("TINYINT UNSIGNED")), check("length(email) > 3"), unique("email"))
                .withIndexes(List.of(index("ix_users_email", "users", "email")));
        Table legacy = Table.of("legacy", column("id", INTEGER).primaryKey(), column("blob", TEXT));
        Table accounts = Table.of("accounts", column("id", INTEGER).primaryKey());
        Schema current = SchemaModel.tables(users, legacy, accounts);

        Table usersAfter = Table.of("users", column("id", INTEGER).primaryKey(), column("email", string(320)).notNull(),
                column("flags", raw("TINYINT UNSIGNED")), column("account_id", INTEGER),
                column("note", string(40)).serverDefault("'it''s \"quoted\" \\ here'"),
                foreignKey("account_id", "accounts", "id").onDelete(FkAction.SET_NULL))
                .withIndexes(List.of(index("ix_users_email", "users", "lower(email)").unique().where("email <> ''")));
        Table memberships = Table.of("memberships", column("user_id", INTEGER).notNull(),
                column("account_id", INTEGER).notNull(), column("role", string(20)).notNull().serverDefault("'member'"),
                column("weight", new ColumnType(ColumnType.Kind.NUMERIC, null, 8, null, null)),
                column("price", numeric(10, 2)), column("active", BOOLEAN).notNull(), column("extra", JSON),
                new PrimaryKey("pk_memberships", List.of("user_id", "account_id")),
                unique("role", "weight").named("uq_role_weight"),
                foreignKey(List.of("user_id"), "users", List.of("id")).onDelete(FkAction.CASCADE).onUpdate(FkAction.RESTRICT),
                foreignKey("account_id", "accounts", "id").named("fk_m_account"),
                check("weight >= 0\nAND weight < 100").named("ck_weight"))
                .withIndexes(List.of(index("ix_m_role", "memberships", "role", "account_id")));
        Schema target = SchemaModel.tables(usersAfter, memberships, accounts);

        DiffResult diff = new SchemaDiff().compare(current, target);
        assertFalse(diff.operations().isEmpty());
        Revision revision = new Revision("c0ffee000001", List.of("9b1c2d3e4f5a"), List.of(), List.of(),
                "users belong to accounts", "2026-11-24T14:00:00Z");
        RenderedRevision rendered = RenderedRevision.of(dir, revision, diff);
        assertEquals(asWritten(diff.operations()), rendered.upgrade(), rendered.source());
        assertEquals(asWritten(RevisionRenderer.downgrade(diff.operations())), rendered.downgrade(), rendered.source());
    }

    @Test
    void deferrableKeysAndMatchTypesAreWrittenBothWays(@TempDir Path dir) throws Exception {
        Table accounts = Table.of("accounts", column("id", INTEGER).primaryKey());
        Table slots = Table.of("slots", column("id", INTEGER).notNull(), column("code", TEXT), column("account_id", INTEGER),
                primaryKey("id").deferrable(Deferrable.INITIALLY_DEFERRED), unique("code").named("uq_slots_code"),
                foreignKey("account_id", "accounts", "id").named("fk_slots_account"));
        Table slotsAfter = Table.of("slots", column("id", INTEGER).notNull(), column("code", TEXT),
                column("account_id", INTEGER), primaryKey("id"),
                unique("code").deferrable(Deferrable.DEFERRABLE).named("uq_slots_code"),
                foreignKey("account_id", "accounts", "id").match("FULL").deferrable(Deferrable.INITIALLY_DEFERRED)
                        .named("fk_slots_account"));
        Table seats = Table.of("seats", column("id", INTEGER).notNull(), column("slot", INTEGER),
                primaryKey("id").deferrable(Deferrable.DEFERRABLE), unique("slot").deferrable(Deferrable.INITIALLY_DEFERRED),
                foreignKey("slot", "slots", "id").match("FULL"));
        DiffResult diff = new SchemaDiff().compare(SchemaModel.tables(accounts, slots),
                SchemaModel.tables(accounts, slotsAfter, seats));
        assertEquals(List.of("drop constraint fk_slots_account on slots",
                        "drop primary key of slots [id]", "drop constraint uq_slots_code on slots",
                        "create primary key on slots [id]", "create unique constraint on slots[code] DEFERRABLE",
                        "create table seats", "create foreign key slots[account_id] -> accounts MATCH FULL DEFERRABLE INITIALLY DEFERRED"),
                diff.operations().stream().map(Operation::describe).toList());
        Revision revision = new Revision("c0ffee000002", List.of(), List.of(), List.of(), "deferred keys",
                "2026-12-07T14:00:00Z");
        RenderedRevision rendered = RenderedRevision.of(dir, revision, diff);
        assertEquals(asWritten(diff.operations()), rendered.upgrade(), rendered.source());
        assertEquals(asWritten(RevisionRenderer.downgrade(diff.operations())), rendered.downgrade(), rendered.source());
    }

    /** The operations as a revision's calls record them: what only the diff knows (reverse info) is gone. */
    private static List<Operation> asWritten(List<Operation> ops) {
        List<Operation> out = new ArrayList<>();
        for (Operation op : ops) {
            if (op instanceof DropTable o) {
                out.add(new DropTable(o.table(), null));
            } else if (op instanceof DropPrimaryKey o) {
                out.add(new DropPrimaryKey(o.table(), null));
            } else if (op instanceof DropColumn o) {
                out.add(new DropColumn(o.table(), o.column(), null));
            } else if (op instanceof AlterColumn o) {
                out.add(new AlterColumn(o.table(), o.column(), o.change(), null));
            } else if (op instanceof DropIndex o) {
                out.add(new DropIndex(o.name(), o.table(), null));
            } else if (op instanceof DropConstraint o && o.name() != null) {
                out.add(new DropConstraint(o.table(), o.name(), null));
            } else if (op instanceof DropConstraint o && o.definition() instanceof UniqueConstraint u) {
                out.add(new DropConstraint(o.table(), null, new UniqueConstraint(null, u.columns())));
            } else if (op instanceof DropConstraint o && o.definition() instanceof CheckConstraint c) {
                out.add(new DropConstraint(o.table(), null, new CheckConstraint(null, c.expression())));
            } else {
                out.add(op);
            }
        }
        return out;
    }
}
