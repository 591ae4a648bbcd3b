package dev.retort.autogen;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.ops.Dsl.check;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.ops.Dsl.unique;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lines `retort check` prints ("Differs: ...") and `revision --autogenerate` ("Detected ..."). */
class DiffResultTest {
    private static final Table USERS = Table.of("users", column("id", INTEGER).primaryKey());

    @Test
    void anAlteredColumnSaysWhatChangesFromWhatToWhat() {
        Table before = Table.of("people", column("id", INTEGER).primaryKey(), column("name", string(100)),
                column("age", INTEGER).notNull().serverDefault("0"), column("nick", string(20)));
        Table after = Table.of("people", column("id", INTEGER).primaryKey(), column("name", string(150)).notNull(),
                column("age", INTEGER), column("nick", string(20)).serverDefault("'x'"));
        assertEquals(List.of(
                        "alter column people.name (type string(100) -> string(150); nullable -> NOT NULL)",
                        "alter column people.age (NOT NULL -> nullable; default 0 -> none)",
                        "alter column people.nick (default none -> 'x')"),
                new SchemaDiff().compare(schema(before), schema(after)).describe());
    }

    @Test
    void unnamedConstraintsAreToldByWhatTheyAre() {
        Table before = Table.of("workflows", column("id", INTEGER).primaryKey(), column("owner_id", INTEGER),
                column("slug", string(20)), foreignKey("owner_id", "users", "id"), unique("slug"), check("id > 0"));
        Table after = Table.of("workflows", column("id", INTEGER).primaryKey(), column("owner_id", INTEGER),
                column("slug", string(20)));
        assertEquals(List.of(
                        "drop foreign key workflows[owner_id] -> users[id]",
                        "drop unique constraint on workflows[slug]",
                        "drop check constraint on workflows (id > 0)"),
                new SchemaDiff().compare(schema(USERS, before), schema(USERS, after)).describe());
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }
}
