package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/**
 * A database schema as Retort compares it: tables (with their indexes), views, triggers, what the
 * inspector saw but cannot handle ({@link Unsupported}), so the diff can name it, and the objects only one
 * dialect has ({@link SchemaObject}: enum types, extensions), in the order they can be created.
 */
public record Schema(List<Table> tables, List<View> views, List<Trigger> triggers, List<Unsupported> unsupported,
                     List<SchemaObject> objects) {
    /** Copies the lists. */
    public Schema {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        triggers = List.copyOf(triggers);
        unsupported = List.copyOf(unsupported);
        objects = objects == null ? List.of() : List.copyOf(objects);
    }

    /** A schema without dialect objects. */
    public Schema(List<Table> tables, List<View> views, List<Trigger> triggers, List<Unsupported> unsupported) {
        this(tables, views, triggers, unsupported, List.of());
    }

    /** Tables and views, without triggers and with nothing left out. */
    public Schema(List<Table> tables, List<View> views) {
        this(tables, views, List.of(), List.of(), List.of());
    }

    /** The table with this name, if the schema has it. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The view with this name, if the schema has it. */
    public Optional<View> view(String name) {
        return views.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The trigger with this name, if the schema has it. */
    public Optional<Trigger> trigger(String name) {
        return triggers.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The same schema with other tables. */
    public Schema withTables(List<Table> newTables) {
        return new Schema(newTables, views, triggers, unsupported, objects);
    }

    /** The same schema with other views and triggers. */
    public Schema withViewsAndTriggers(List<View> newViews, List<Trigger> newTriggers) {
        return new Schema(tables, newViews, newTriggers, unsupported, objects);
    }

    /** The same schema, also naming what its reader could not handle. */
    public Schema withUnsupported(List<Unsupported> more) {
        List<Unsupported> all = new java.util.ArrayList<>(unsupported);
        all.addAll(more);
        return new Schema(tables, views, triggers, all, objects);
    }
}
