package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/** @param name the constraint's name, or null when unnamed */
public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         FkAction onDelete, FkAction onUpdate) implements TableElement {
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

    public static ForeignKey foreignKey(List<String> columns, String refTable, List<String> refColumns) {
        return new ForeignKey(null, columns, refTable, refColumns, FkAction.NO_ACTION, FkAction.NO_ACTION);
    }

    public static ForeignKey foreignKey(String column, String refTable, String refColumn) {
        return foreignKey(List.of(column), refTable, List.of(refColumn));
    }

    public ForeignKey named(String newName) {
        return new ForeignKey(newName, columns, refTable, refColumns, onDelete, onUpdate);
    }

    public ForeignKey onDelete(FkAction action) {
        return new ForeignKey(name, columns, refTable, refColumns, action, onUpdate);
    }

    public ForeignKey onUpdate(FkAction action) {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, action);
    }
}
