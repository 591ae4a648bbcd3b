package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column. The inline flags ({@code primaryKey}, {@code unique}, {@code references}) are a convenience
 * for writing revisions; {@link Table#of} moves them into table-level constraints, so a {@link Table}'s
 * columns never carry them.
 *
 * @param serverDefault the DEFAULT expression as SQL text (quoted if a string literal), or null
 * @param references    an inline foreign key to one column, or null
 */
public record Column(String name, ColumnType type, boolean isNullable, String serverDefault,
                     boolean isAutoIncrement, boolean isPrimaryKey, boolean isUnique, ForeignKey references)
        implements TableElement {

    /** Checks the name and type. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A nullable column without default: the safest column to add. */
    public static Column column(String name, ColumnType type) {
        return new Column(name, type, true, null, false, false, false, null);
    }

    /** The same column, NOT NULL. */
    public Column notNull() {
        return new Column(name, type, false, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /** The same column, nullable. */
    public Column nullable() {
        return new Column(name, type, true, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /** The same column, nullable or not. */
    public Column nullable(boolean value) {
        return value ? nullable() : notNull();
    }

    /**
     * The same column with a server default, as SQL: {@code serverDefault("0")}, {@code serverDefault("'draft'")},
     * {@code serverDefault("CURRENT_TIMESTAMP")}; null for none. The name is the one {@code change().serverDefault}
     * uses, and Alembic's {@code server_default}: the default the database fills in, not one the application sends.
     */
    public Column serverDefault(String sqlExpression) {
        return new Column(name, type, isNullable, sqlExpression, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /**
     * The old name of {@link #serverDefault(String)}, kept so that revision files written with it still compile
     * (their checksums are recorded where they ran, so they are not to be edited).
     *
     * @deprecated use {@link #serverDefault(String)}, the name {@code change().serverDefault} uses too
     */
    @Deprecated(since = "0.1.0")
    public Column defaultValue(String sqlExpression) {
        return serverDefault(sqlExpression);
    }

    /** The same column with another type. */
    public Column withType(ColumnType newType) {
        return new Column(name, newType, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /** The same column under another name. */
    public Column withName(String newName) {
        return new Column(newName, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, references);
    }

    /** Part of the primary key; implies NOT NULL. */
    public Column primaryKey() {
        return new Column(name, type, false, serverDefault, isAutoIncrement, true, isUnique, references);
    }

    /** The same column, filled by the database when a row leaves it out (auto-increment, serial, identity). */
    public Column autoIncrement() {
        return new Column(name, type, isNullable, serverDefault, true, isPrimaryKey, isUnique, references);
    }

    /** The same column, unique. */
    public Column unique() {
        return new Column(name, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, true, references);
    }

    /** The same column, referencing {@code table.column}. */
    public Column references(String table, String column) {
        return references(table, column, FkAction.NO_ACTION);
    }

    /** The same column, referencing {@code table.column}, with what a delete there does here. */
    public Column references(String table, String column, FkAction onDelete) {
        ForeignKey fk = new ForeignKey(null, List.of(name), table, List.of(column), onDelete, FkAction.NO_ACTION);
        return new Column(name, type, isNullable, serverDefault, isAutoIncrement, isPrimaryKey, isUnique, fk);
    }

    /** This column without its inline constraints, as a normalized {@link Table} holds it. */
    public Column bare() {
        return new Column(name, type, isNullable, serverDefault, isAutoIncrement, false, false, null);
    }
}
