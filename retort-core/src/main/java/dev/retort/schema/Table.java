package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table in normalized form: columns carry no inline constraints; the primary key, unique
 * constraints, foreign keys and checks are table-level; indexes are listed with the table.
 *
 * @param primaryKey null when the table has none
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes) {

    /** Checks the name and copies the lists. */
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
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
        return new Table(name, newColumns, primaryKey, uniques, foreignKeys, checks, indexes);
    }

    /** The same table with other indexes. */
    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, newIndexes);
    }

    /** The same table under another name. */
    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniques, foreignKeys, checks, indexes);
    }
}
