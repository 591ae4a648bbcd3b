package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/**
 * A database schema as Retort compares it: tables (with their indexes), views, and the objects only one
 * dialect has (see {@link SchemaObject}), in the order they can be created.
 */
public record Schema(List<Table> tables, List<View> views, List<SchemaObject> objects) {
    /** Copies the lists. */
    public Schema {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        objects = objects == null ? List.of() : List.copyOf(objects);
    }

    /** A schema of tables and views alone. */
    public Schema(List<Table> tables, List<View> views) {
        this(tables, views, List.of());
    }

    /** The table with this name, if the schema has it. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The same schema with other tables. */
    public Schema withTables(List<Table> newTables) {
        return new Schema(newTables, views, objects);
    }
}
