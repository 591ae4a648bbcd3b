package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;

import java.util.List;

/**
 * The builders a revision uses, in one place for one static import:
 * {@code import static dev.retort.ops.Dsl.*;} (types come from {@code dev.retort.schema.Types.*}).
 */
public final class Dsl {
    private Dsl() {
    }

    /** A column of {@code type}; nullable until {@code notNull()}. */
    public static Column column(String name, ColumnType type) {
        return Column.column(name, type);
    }

    /** A table's primary key on {@code columns}. */
    public static PrimaryKey primaryKey(String... columns) {
        return PrimaryKey.primaryKey(columns);
    }

    /** A UNIQUE constraint on {@code columns}. */
    public static UniqueConstraint unique(String... columns) {
        return UniqueConstraint.unique(columns);
    }

    /** A foreign key from {@code column} to {@code refTable.refColumn}. */
    public static ForeignKey foreignKey(String column, String refTable, String refColumn) {
        return ForeignKey.foreignKey(column, refTable, refColumn);
    }

    /** A foreign key from several columns. */
    public static ForeignKey foreignKey(List<String> columns, String refTable, List<String> refColumns) {
        return ForeignKey.foreignKey(columns, refTable, refColumns);
    }

    /** A CHECK constraint on {@code expression} (SQL). */
    public static CheckConstraint check(String expression) {
        return CheckConstraint.check(expression);
    }

    /** An index {@code name} on {@code table}'s {@code columns}. */
    public static Index index(String name, String table, String... columns) {
        return Index.index(name, table, columns);
    }

    /** An empty column change, for {@code alterColumn}: add {@code type}, {@code notNull}, {@code rename}... */
    public static ColumnChange change() {
        return ColumnChange.change();
    }
}
