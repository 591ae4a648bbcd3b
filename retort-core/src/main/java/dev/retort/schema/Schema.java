package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/** A database schema as Retort compares it: tables (with their indexes) and views. */
public record Schema(List<Table> tables, List<View> views) {
    /** Copies the lists. */
    public Schema {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
    }

    /** The table with this name, if the schema has it. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
