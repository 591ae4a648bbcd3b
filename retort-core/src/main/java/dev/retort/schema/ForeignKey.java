package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/** @param name the constraint's name, or null when unnamed */
public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         FkAction onDelete, FkAction onUpdate) implements TableElement {
    /** Checks the parts and copies the columns. */
    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        Objects.requireNonNull(refTable, "refTable");
        onDelete = onDelete == null ? FkAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? FkAction.NO_ACTION : onUpdate;
        if (columns.size() != refColumns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " -> " + refTable + refColumns
                    + ": column counts differ");
        }
    }

    /** An unnamed foreign key from {@code columns} to {@code refTable}'s {@code refColumns}. */
    public static ForeignKey foreignKey(List<String> columns, String refTable, List<String> refColumns) {
        return new ForeignKey(null, columns, refTable, refColumns, FkAction.NO_ACTION, FkAction.NO_ACTION);
    }

    /** An unnamed foreign key from one column to {@code refTable.refColumn}. */
    public static ForeignKey foreignKey(String column, String refTable, String refColumn) {
        return foreignKey(List.of(column), refTable, List.of(refColumn));
    }

    /** The same foreign key with a name. */
    public ForeignKey named(String newName) {
        return new ForeignKey(newName, columns, refTable, refColumns, onDelete, onUpdate);
    }

    /** The same foreign key, doing {@code action} when the referenced row is deleted. */
    public ForeignKey onDelete(FkAction action) {
        return new ForeignKey(name, columns, refTable, refColumns, action, onUpdate);
    }

    /** The same foreign key, doing {@code action} when the referenced key is updated. */
    public ForeignKey onUpdate(FkAction action) {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, action);
    }
}
