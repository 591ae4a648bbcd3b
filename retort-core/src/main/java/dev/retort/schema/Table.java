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
 * @param options    what only one database family says about a table, by keys its dialect defines (SQLite's
 *                   WITHOUT ROWID and STRICT, a virtual table's module; MySQL's engine); the diff compares them
 *                   as they are, the dialect renders them; empty for most tables
 * @param comment    the table's comment where the database keeps one, or null
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes,
                    Map<String, String> options, String comment) {

    /** Checks the name and copies the lists, and the options in key order. */
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
        options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** A table without dialect options or comment. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes) {
        this(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, Map.of(), null);
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
        return new Table(name, newColumns, primaryKey, uniques, foreignKeys, checks, indexes, options, comment);
    }

    /** The same table with other indexes. */
    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, newIndexes, options, comment);
    }

    /** The same table under another name (its indexes still name the old one). */
    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniques, foreignKeys, checks, indexes, options, comment);
    }

    /** The same table with other keys and constraints (what a rebuild rewrites), keeping options and comment. */
    public Table withConstraints(PrimaryKey newPrimaryKey, List<UniqueConstraint> newUniques,
                                 List<ForeignKey> newForeignKeys, List<CheckConstraint> newChecks) {
        return new Table(name, columns, newPrimaryKey, newUniques, newForeignKeys, newChecks, indexes, options, comment);
    }

    /** The same table with one dialect option set ({@code value} null removes it). */
    public Table withOption(String key, String value) {
        Map<String, String> changed = new TreeMap<>(options);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return withOptions(changed);
    }

    /** The same table with these dialect options instead of its own. */
    public Table withOptions(Map<String, String> newOptions) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, newOptions, comment);
    }

    /** The same table with a comment ({@code null}: none). */
    public Table withComment(String text) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, options, text);
    }
}
