package dev.retort.schema;

import java.util.Objects;

/**
 * A schema object other than a table or view that one dialect has (a PostgreSQL enum type or extension),
 * kept as that dialect's SQL: compared by {@code kind} and {@code name}, created and dropped by the statements
 * it carries. The dialect that reads it writes {@code create} in its own normal form, so that two equal
 * objects have equal text.
 *
 * @param kind   what the object is, as the dialect names it ({@code type}, {@code extension})
 * @param create the statement that creates the object
 * @param drop   the statement that drops it
 * @param ofTable the table the object belongs to and is created after (a partition's parent), or null for an
 *               object tables may use (a type), which is created before them
 */
public record SchemaObject(String kind, String name, String create, String drop, String ofTable) {
    /** Checks the parts are there. */
    public SchemaObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(drop, "drop");
    }

    /** An object tables may use, created before them and dropped after them. */
    public SchemaObject(String kind, String name, String create, String drop) {
        this(kind, name, create, drop, null);
    }
}
