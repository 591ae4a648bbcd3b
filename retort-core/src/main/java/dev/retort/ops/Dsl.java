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

    public static Column column(String name, ColumnType type) {
        return Column.column(name, type);
    }

    public static PrimaryKey primaryKey(String... columns) {
        return PrimaryKey.primaryKey(columns);
    }

    public static UniqueConstraint unique(String... columns) {
        return UniqueConstraint.unique(columns);
    }

    public static ForeignKey foreignKey(String column, String refTable, String refColumn) {
        return ForeignKey.foreignKey(column, refTable, refColumn);
    }

    public static ForeignKey foreignKey(List<String> columns, String refTable, List<String> refColumns) {
        return ForeignKey.foreignKey(columns, refTable, refColumns);
    }

    public static CheckConstraint check(String expression) {
        return CheckConstraint.check(expression);
    }

    public static Index index(String name, String table, String... columns) {
        return Index.index(name, table, columns);
    }

    public static ColumnChange change() {
        return ColumnChange.change();
    }
}
