package dev.retort.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name       the constraint's name, or null when unnamed
 * @param deferrable when the key is checked; re-created keys (renames, rebuilds, downgrades) keep it
 * @param match      the MATCH type as SQL spells it ({@code FULL}, {@code PARTIAL}), or null for the default
 *                   (SIMPLE), which is how it is stored whether written or not
 */
public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         FkAction onDelete, FkAction onUpdate, Deferrable deferrable, String match)
        implements TableElement {
    /** Checks the parts and copies the columns. */
    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        Objects.requireNonNull(refTable, "refTable");
        onDelete = onDelete == null ? FkAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? FkAction.NO_ACTION : onUpdate;
        deferrable = deferrable == null ? Deferrable.NOT_DEFERRABLE : deferrable;
        match = match == null || match.isBlank() || match.strip().equalsIgnoreCase("SIMPLE") ? null
                : match.strip().toUpperCase(Locale.ROOT);
        if (columns.size() != refColumns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " -> " + refTable + refColumns
                    + ": column counts differ");
        }
    }

    /** A foreign key checked per statement with the default MATCH. */
    public ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                      FkAction onDelete, FkAction onUpdate) {
        this(name, columns, refTable, refColumns, onDelete, onUpdate, Deferrable.NOT_DEFERRABLE, null);
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
        return new ForeignKey(newName, columns, refTable, refColumns, onDelete, onUpdate, deferrable, match);
    }

    /** The same foreign key, doing {@code action} when the referenced row is deleted. */
    public ForeignKey onDelete(FkAction action) {
        return new ForeignKey(name, columns, refTable, refColumns, action, onUpdate, deferrable, match);
    }

    /** The same foreign key, doing {@code action} when the referenced key is updated. */
    public ForeignKey onUpdate(FkAction action) {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, action, deferrable, match);
    }

    /** The same foreign key, checked as {@code when} says. */
    public ForeignKey deferrable(Deferrable when) {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, onUpdate, when, match);
    }

    /** The same foreign key with a MATCH type ({@code "FULL"}, {@code "PARTIAL"}, {@code "SIMPLE"}). */
    public ForeignKey match(String type) {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, onUpdate, deferrable, type);
    }

    /** The same foreign key from other columns (a column rename follows into the key). */
    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, refTable, refColumns, onDelete, onUpdate, deferrable, match);
    }

    /** The same foreign key pointing at another table (a table rename follows into the key). */
    public ForeignKey withRefTable(String newRefTable) {
        return new ForeignKey(name, columns, newRefTable, refColumns, onDelete, onUpdate, deferrable, match);
    }
}
