package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index. Each entry of {@code columns} is a column name or, for an index on an expression, the SQL
 * expression; either may end with an operator class and an order as the dialect spells them
 * ({@code name text_pattern_ops DESC}). {@code where} makes it partial (null when not).
 *
 * @param method           the access method or kind of index as the dialect names it ({@code gin}, {@code brin},
 *                         {@code FULLTEXT}), or null for the dialect's default (a B-tree everywhere)
 * @param include          columns stored in the index without being part of its key ({@code INCLUDE (...)})
 * @param isNullsNotDistinct for a unique index, whether two NULLs count as equal ({@code NULLS NOT DISTINCT})
 */
public record Index(String name, String table, List<String> columns, boolean isUnique, String where,
                    String method, List<String> include, boolean isNullsNotDistinct) {
    /** Checks the parts and copies the columns. */
    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        include = include == null ? List.of() : List.copyOf(include);
        method = method == null || method.isBlank() ? null : method;
    }

    /** A B-tree index with no included columns, as most schemas write them. */
    public Index(String name, String table, List<String> columns, boolean isUnique, String where) {
        this(name, table, columns, isUnique, where, null, List.of(), false);
    }

    /** An index {@code name} on {@code table}'s {@code columns}. */
    public static Index index(String name, String table, String... columns) {
        return new Index(name, table, List.of(columns), false, null);
    }

    /** The same index, unique. */
    public Index unique() {
        return new Index(name, table, columns, true, where, method, include, isNullsNotDistinct);
    }

    /** The same index on a table of another name (the table was renamed). */
    public Index onTable(String newTable) {
        return new Index(name, newTable, columns, isUnique, where, method, include, isNullsNotDistinct);
    }

    /** The same index, partial: only rows where {@code predicate} (SQL) holds. */
    public Index where(String predicate) {
        return new Index(name, table, columns, isUnique, predicate, method, include, isNullsNotDistinct);
    }

    /** The same index, of the access method or kind {@code indexMethod} ({@code "gin"}, {@code "FULLTEXT"}). */
    public Index using(String indexMethod) {
        return new Index(name, table, columns, isUnique, where, indexMethod, include, isNullsNotDistinct);
    }

    /** The same index, also storing {@code columnNames} outside its key. */
    public Index include(String... columnNames) {
        return new Index(name, table, columns, isUnique, where, method, List.of(columnNames), isNullsNotDistinct);
    }

    /** The same unique index, treating NULLs as equal to each other. */
    public Index nullsNotDistinct() {
        return new Index(name, table, columns, isUnique, where, method, include, true);
    }

    /** The same index with other key terms (its other parts kept). */
    public Index withColumns(List<String> terms) {
        return new Index(name, table, terms, isUnique, where, method, include, isNullsNotDistinct);
    }
}
