package dev.retort.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A table in normalized form: columns carry no inline constraints; the primary key, unique
 * constraints, foreign keys and checks are table-level; indexes are listed with the table.
 *
 * @param primaryKey null when the table has none
 * @param comment    the table's comment, or null
 * @param attributes what only one dialect has (a storage engine, a default character set, how the table is
 *                   partitioned), by keys each dialect's package names; empty for most tables
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes,
                    String comment, Map<String, String> attributes) {

    /** Checks the name and copies the lists. */
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** A table with no comment and no dialect attributes. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes) {
        this(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, null, Map.of());
    }

    /** Builds a normalized table from columns (inline constraints allowed) and table-level constraints. */
    public static Table of(String name, List<? extends TableElement> elements) {
        List<Column> columns = new ArrayList<>();
        List<String> inlinePk = new ArrayList<>();
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof Column column) {
                columns.add(column.bare());
                if (column.isPrimaryKey()) {
                    inlinePk.add(column.name());
                }
                if (column.isUnique()) {
                    uniques.add(new UniqueConstraint(null, List.of(column.name())));
                }
                if (column.references() != null) {
                    foreignKeys.add(column.references());
                }
            } else if (element instanceof PrimaryKey pk) {
                primaryKey = pk;
            } else if (element instanceof UniqueConstraint unique) {
                uniques.add(unique);
            } else if (element instanceof ForeignKey fk) {
                foreignKeys.add(fk);
            } else if (element instanceof CheckConstraint check) {
                checks.add(check);
            }
        }
        if (primaryKey == null && !inlinePk.isEmpty()) {
            primaryKey = new PrimaryKey(null, inlinePk);
        }
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, List.of());
    }

    /** A table from columns and constraints, as {@code Ops.createTable} takes them. */
    public static Table of(String name, TableElement... elements) {
        return of(name, List.of(elements));
    }

    /** The column with this name, if the table has it. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** The same table with other columns. */
    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniques, foreignKeys, checks, indexes, comment, attributes);
    }

    /** The same table with other indexes. */
    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, newIndexes, comment, attributes);
    }

    /** The same table under another name. */
    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, attributes);
    }

    /** The same table with a comment (null for none). */
    public Table comment(String text) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, text, attributes);
    }

    /** The same table with these dialect attributes instead of its own. */
    public Table withAttributes(Map<String, String> newAttributes) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, newAttributes);
    }

    /** The same table with one dialect attribute set ({@code value} null removes it). */
    public Table attribute(String key, String value) {
        Map<String, String> next = new TreeMap<>(attributes);
        if (value == null) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return withAttributes(next);
    }

    /** The dialect attribute {@code key}, or null. */
    public String attribute(String key) {
        return attributes.get(key);
    }
}
