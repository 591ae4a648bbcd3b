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

    /** A change that changes nothing yet. */
    public static ColumnChange change() {
        return new ColumnChange(null, null, null, false, null);
    }

    /** Also change the type. */
    public ColumnChange type(ColumnType newType) {
        return new ColumnChange(newType, nullable, serverDefault, dropsDefault, newName);
    }

    /** Also make the column nullable or not. */
    public ColumnChange nullable(boolean value) {
        return new ColumnChange(type, value, serverDefault, dropsDefault, newName);
    }

    /** Also make the column NOT NULL. */
    public ColumnChange notNull() {
        return nullable(false);
    }

    /** Also set the server default to {@code sqlExpression}. */
    public ColumnChange serverDefault(String sqlExpression) {
        return new ColumnChange(type, nullable, sqlExpression, false, newName);
    }

    /** Also drop the server default. */
    public ColumnChange dropDefault() {
        return new ColumnChange(type, nullable, null, true, newName);
    }

    /** Also rename the column. */
    public ColumnChange rename(String name) {
        return new ColumnChange(type, nullable, serverDefault, dropsDefault, name);
    }

    /** Whether the change changes nothing. */
    public boolean isEmpty() {
        return type == null && nullable == null && serverDefault == null && !dropsDefault && newName == null;
    }
}
