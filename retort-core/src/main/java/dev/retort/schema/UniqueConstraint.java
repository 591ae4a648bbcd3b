package dev.retort.schema;

import java.util.List;

/** @param name the constraint's name, or null when unnamed (SQLite keeps many of those) */
public record UniqueConstraint(String name, List<String> columns) implements TableElement {
    /** Copies the columns. */
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    /** An unnamed UNIQUE constraint on {@code columns}. */
    public static UniqueConstraint unique(String... columns) {
        return new UniqueConstraint(null, List.of(columns));
    }

    /** The same constraint with a name. */
    public UniqueConstraint named(String newName) {
        return new UniqueConstraint(newName, columns);
    }
}
