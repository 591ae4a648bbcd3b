package dev.retort.schema;

import java.util.List;

/** @param name the constraint's name, or null when unnamed */
public record PrimaryKey(String name, List<String> columns) implements TableElement {
    /** Copies the columns. */
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    /** An unnamed primary key on {@code columns}. */
    public static PrimaryKey primaryKey(String... columns) {
        return new PrimaryKey(null, List.of(columns));
    }
}
