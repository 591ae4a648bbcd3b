package dev.retort.ops;

import dev.retort.schema.ColumnType;

/**
 * What {@code alterColumn} changes; null fields stay as they are.
 * {@code op.alterColumn("users", "name", change().type(string(200)).notNull())}.
 *
 * @param serverDefault the new DEFAULT as SQL; see {@code dropDefault()} to remove one
 */
public record ColumnChange(ColumnType type, Boolean nullable, String serverDefault, boolean dropsDefault,
                           String newName) {

    public static ColumnChange change() {
        return new ColumnChange(null, null, null, false, null);
    }

    public ColumnChange type(ColumnType newType) {
        return new ColumnChange(newType, nullable, serverDefault, dropsDefault, newName);
    }

    public ColumnChange nullable(boolean value) {
        return new ColumnChange(type, value, serverDefault, dropsDefault, newName);
    }

    public ColumnChange notNull() {
        return nullable(false);
    }

    public ColumnChange serverDefault(String sqlExpression) {
        return new ColumnChange(type, nullable, sqlExpression, false, newName);
    }

    public ColumnChange dropDefault() {
        return new ColumnChange(type, nullable, null, true, newName);
    }

    public ColumnChange rename(String name) {
        return new ColumnChange(type, nullable, serverDefault, dropsDefault, name);
    }

    public boolean isEmpty() {
        return type == null && nullable == null && serverDefault == null && !dropsDefault && newName == null;
    }
}
