package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/** A database schema as Retort compares it: tables (with their indexes) and views. */
public record Schema(List<Table> tables, List<View> views) {
    public Schema {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
