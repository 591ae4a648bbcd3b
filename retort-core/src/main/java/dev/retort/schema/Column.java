package dev.retort.schema;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A column. The inline flags ({@code primaryKey}, {@code unique}, {@code references}) are a convenience
 * for writing revisions; {@link Table#of} moves them into table-level constraints, so a {@link Table}'s
 * columns never carry them.
 *
 * @param serverDefault the DEFAULT expression as SQL text (quoted if a string literal), or null
 * @param references    an inline foreign key to one column, or null
 * @param collation     the column's own COLLATE name ({@code NOCASE}, {@code utf8mb4_unicode_520_ci}), or null
 *                      for the table's or database's default
 * @param generated     how the database computes the column, or null for a column rows write
 * @param comment       the column's comment where the database keeps one, or null
 * @param options       what only one database family says about a column, by keys its dialect defines
 *                      (MySQL's INVISIBLE, for one); compared as they are, empty for most columns
 */
public record Column(String name, ColumnType type, boolean isNullable, String serverDefault,
                     boolean isAutoIncrement, boolean isPrimaryKey, boolean isUnique, ForeignKey references,
                     String collation, Generated generated, String comment, Map<String, String> options)
        implements TableElement {

    /** Checks the name and type and copies the options in key order. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** A column without collation, generation, comment or dialect options. */
    public Column(String name, ColumnType type, boolean isNullable, String serverDefault,
                  boolean isAutoIncrement, boolean isPrimaryKey, boolean isUnique, ForeignKey references) {
        this(name, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references,
                null, null, null, Map.of());
    }

    /** A nullable column without default: the safest column to add. */
    public static Column column(String name, ColumnType type) {
        return new Column(name, type, true, null, false, false, false, null);
    }

    private Column with(String newName, ColumnType newType, boolean nullable, String dflt, boolean auto,
                        boolean pk, boolean uq, ForeignKey fk) {
        return new Column(newName, newType, nullable, dflt, auto, pk, uq, fk, collation, generated, comment, options);
    }

    /** The same column, NOT NULL. */
    public Column notNull() {
        return with(name, type, false, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /** The same column, nullable. */
    public Column nullable() {
        return with(name, type, true, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /** The same column, nullable or not. */
    public Column nullable(boolean value) {
        return value ? nullable() : notNull();
    }

    /** A server default, as SQL: {@code defaultValue("0")}, {@code defaultValue("'draft'")}, {@code defaultValue("CURRENT_TIMESTAMP")}. */
    public Column defaultValue(String sqlExpression) {
        return with(name, type, isNullable, sqlExpression, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /** The same column with another type. */
    public Column withType(ColumnType newType) {
        return with(name, newType, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /** The same column under another name. */
    public Column withName(String newName) {
        return with(newName, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /** Part of the primary key; implies NOT NULL. */
    public Column primaryKey() {
        return with(name, type, false, serverDefault, isAutoIncrement, true, isUnique, references);
    }

    /** The same column, filled by the database when a row leaves it out (auto-increment, serial, identity). */
    public Column autoIncrement() {
        return with(name, type, isNullable, serverDefault, true, isPrimaryKey, isUnique, references);
    }

    /** The same column, unique. */
    public Column unique() {
        return with(name, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, true, references);
    }

    /** The same column, referencing {@code table.column}. */
    public Column references(String table, String column) {
        return references(table, column, FkAction.NO_ACTION);
    }

    /** The same column, referencing {@code table.column}, with what a delete there does here. */
    public Column references(String table, String column, FkAction onDelete) {
        ForeignKey fk = new ForeignKey(null, List.of(name), table, List.of(column), onDelete, FkAction.NO_ACTION);
        return with(name, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, fk);
    }

    /** The same column, comparing and sorting its text by {@code collationName} ({@code null}: the default). */
    public Column collate(String collationName) {
        return new Column(name, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references,
                collationName, generated, comment, options);
    }

    /** The same column, computed by the database from {@code expression}: {@code generatedAs("price * qty", true)}. */
    public Column generatedAs(String expression, boolean stored) {
        return withGenerated(new Generated(expression, stored));
    }

    /** The same column, computed as {@code how} says ({@code null}: written by rows). */
    public Column withGenerated(Generated how) {
        return new Column(name, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references,
                collation, how, comment, options);
    }

    /** The same column with a comment ({@code null}: none). */
    public Column withComment(String text) {
        return new Column(name, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references,
                collation, generated, text, options);
    }

    /** The same column with one dialect option set ({@code value} null removes it). */
    public Column withOption(String key, String value) {
        Map<String, String> changed = new TreeMap<>(options);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new Column(name, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references,
                collation, generated, comment, changed);
    }

    /** This column without its inline constraints, as a normalized {@link Table} holds it. */
    public Column bare() {
        return with(name, type, isNullable, serverDefault, isAutoIncrement, false, false, null);
    }
}
