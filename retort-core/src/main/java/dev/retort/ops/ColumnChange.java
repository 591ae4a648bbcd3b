package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;

import java.util.Objects;

/**
 * What {@code alterColumn} changes; null fields stay as they are.
 * {@code op.alterColumn("users", "name", change().type(string(200)).notNull())}.
 *
 * @param serverDefault the new DEFAULT as SQL; see {@code dropDefault()} to remove one
 * @param attributesOf  a column whose collation, generation, comment and dialect options the column takes
 *                      (each of them, including their absence), or null to keep the column's own
 */
public record ColumnChange(ColumnType type, Boolean nullable, String serverDefault, boolean dropsDefault,
                           String newName, Column attributesOf) {

    /** A change of type, nullability, default or name only. */
    public ColumnChange(ColumnType type, Boolean nullable, String serverDefault, boolean dropsDefault, String newName) {
        this(type, nullable, serverDefault, dropsDefault, newName, null);
    }

    /** A change that changes nothing yet. */
    public static ColumnChange change() {
        return new ColumnChange(null, null, null, false, null, null);
    }

    /**
     * Also give the column the collation, generation, comment and dialect options of {@code model}:
     * {@code change().attributesOf(column("email", TEXT).collate("NOCASE"))}.
     */
    public ColumnChange attributesOf(Column model) {
        return new ColumnChange(type, nullable, serverDefault, dropsDefault, newName, Objects.requireNonNull(model, "model"));
    }

    /** Also change the type. */
    public ColumnChange type(ColumnType newType) {
        return new ColumnChange(newType, nullable, serverDefault, dropsDefault, newName, attributesOf);
    }

    /** Also make the column nullable or not. */
    public ColumnChange nullable(boolean value) {
        return new ColumnChange(type, value, serverDefault, dropsDefault, newName, attributesOf);
    }

    /** Also make the column NOT NULL. */
    public ColumnChange notNull() {
        return nullable(false);
    }

    /** Also set the server default to {@code sqlExpression}. */
    public ColumnChange serverDefault(String sqlExpression) {
        return new ColumnChange(type, nullable, sqlExpression, false, newName, attributesOf);
    }

    /** Also drop the server default. */
    public ColumnChange dropDefault() {
        return new ColumnChange(type, nullable, null, true, newName, attributesOf);
    }

    /** Also rename the column. */
    public ColumnChange rename(String name) {
        return new ColumnChange(type, nullable, serverDefault, dropsDefault, name, attributesOf);
    }

    /** Whether the change changes nothing. */
    public boolean isEmpty() {
        return type == null && nullable == null && serverDefault == null && !dropsDefault && newName == null
                && attributesOf == null;
    }
}
