package dev.retort.schema;

import java.util.List;

/**
 * A UNIQUE constraint.
 *
 * @param name       the constraint's name, or null when unnamed (SQLite keeps many of those)
 * @param deferrable when uniqueness is checked (PostgreSQL only; the other databases check it per statement and
 *                   name a model that asks otherwise as not handled); re-created constraints keep it
 */
public record UniqueConstraint(String name, List<String> columns, Deferrable deferrable) implements TableElement {
    /** Copies the columns; a null {@code deferrable} is the default. */
    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferrable = deferrable == null ? Deferrable.NOT_DEFERRABLE : deferrable;
    }

    /** A constraint checked per statement. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, Deferrable.NOT_DEFERRABLE);
    }

    /** An unnamed UNIQUE constraint on {@code columns}. */
    public static UniqueConstraint unique(String... columns) {
        return new UniqueConstraint(null, List.of(columns));
    }

    /** The same constraint with a name. */
    public UniqueConstraint named(String newName) {
        return new UniqueConstraint(newName, columns, deferrable);
    }

    /** The same constraint, checked as {@code when} says. */
    public UniqueConstraint deferrable(Deferrable when) {
        return new UniqueConstraint(name, columns, when);
    }

    /** The same constraint on other columns (a column rename follows into it). */
    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferrable);
    }
}
