package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index. Each entry of {@code columns} is a column name or, for an index on an expression, the SQL
 * expression. {@code where} makes it partial (null when not).
 */
public record Index(String name, String table, List<String> columns, boolean isUnique, String where) {
    /** Checks the parts and copies the columns. */
    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    /** An index {@code name} on {@code table}'s {@code columns}. */
    public static Index index(String name, String table, String... columns) {
        return new Index(name, table, List.of(columns), false, null);
    }

    /** The same index, unique. */
    public Index unique() {
        return new Index(name, table, columns, true, where);
    }

    /** The same index on a table of another name (the table was renamed). */
    public Index onTable(String newTable) {
        return new Index(name, newTable, columns, isUnique, where);
    }

    /** The same index, partial: only rows where {@code predicate} (SQL) holds. */
    public Index where(String predicate) {
        return new Index(name, table, columns, isUnique, predicate);
    }
}
