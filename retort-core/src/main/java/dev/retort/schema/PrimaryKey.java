package dev.retort.schema;

import java.util.List;

/**
 * A table's primary key.
 *
 * @param name       the constraint's name, or null when unnamed
 * @param deferrable when uniqueness is checked (PostgreSQL only; the other databases check it per statement and
 *                   name a model that asks otherwise as not handled); re-created keys keep it
 */
public record PrimaryKey(String name, List<String> columns, Deferrable deferrable) implements TableElement {
    /** Copies the columns; a null {@code deferrable} is the default. */
    public PrimaryKey {
        columns = List.copyOf(columns);
        deferrable = deferrable == null ? Deferrable.NOT_DEFERRABLE : deferrable;
    }

    /** A key checked per statement. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, Deferrable.NOT_DEFERRABLE);
    }

    /** An unnamed primary key on {@code columns}. */
    public static PrimaryKey primaryKey(String... columns) {
        return new PrimaryKey(null, List.of(columns));
    }

    /** The same key with a name. */
    public PrimaryKey named(String newName) {
        return new PrimaryKey(newName, columns, deferrable);
    }

    /** The same key, checked as {@code when} says. */
    public PrimaryKey deferrable(Deferrable when) {
        return new PrimaryKey(name, columns, when);
    }

    /** The same key on other columns (a column rename follows into the key). */
    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns, deferrable);
    }
}
