package dev.retort.autogen.roundtrip;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small edits of an immutable {@link Schema}, so each model change reads as "the base, with one thing different". */
final class Schemas {
    private Schemas() {
    }

    static Schema of(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    static Schema addTable(Schema schema, Table table) {
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.add(table);
        return new Schema(tables, schema.views());
    }

    static Schema dropTable(Schema schema, String name) {
        return new Schema(schema.tables().stream().filter(t -> !t.name().equals(name)).toList(), schema.views());
    }

    static Schema editTable(Schema schema, String name, UnaryOperator<Table> edit) {
        if (schema.table(name).isEmpty()) {
            throw new IllegalArgumentException("no table " + name);
        }
        return new Schema(schema.tables().stream().map(t -> t.name().equals(name) ? edit.apply(t) : t).toList(),
                schema.views());
    }

    static Schema addColumn(Schema schema, String table, Column column) {
        return editTable(schema, table, t -> t.withColumns(plus(t.columns(), column.bare())));
    }

    static Schema dropColumn(Schema schema, String table, String column) {
        return editTable(schema, table, t -> t.withColumns(t.columns().stream()
                .filter(c -> !c.name().equals(column)).toList()));
    }

    static Schema editColumn(Schema schema, String table, String column, UnaryOperator<Column> edit) {
        return editTable(schema, table, t -> {
            if (t.column(column).isEmpty()) {
                throw new IllegalArgumentException("no column " + table + "." + column);
            }
            return t.withColumns(t.columns().stream().map(c -> c.name().equals(column) ? edit.apply(c) : c).toList());
        });
    }

    static Schema addUnique(Schema schema, String table, UniqueConstraint unique) {
        return editTable(schema, table, t -> new Table(t.name(), t.columns(), t.primaryKey(), plus(t.uniques(), unique),
                t.foreignKeys(), t.checks(), t.indexes()));
    }

    static Schema setForeignKeys(Schema schema, String table, ForeignKey... keys) {
        return editTable(schema, table, t -> new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(),
                List.of(keys), t.checks(), t.indexes()));
    }

    static Schema addForeignKey(Schema schema, String table, ForeignKey key) {
        return editTable(schema, table, t -> new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(),
                plus(t.foreignKeys(), key), t.checks(), t.indexes()));
    }

    static Schema setChecks(Schema schema, String table, CheckConstraint... checks) {
        return editTable(schema, table, t -> new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(),
                t.foreignKeys(), List.of(checks), t.indexes()));
    }

    static Schema addIndex(Schema schema, Index index) {
        return editTable(schema, index.table(), t -> t.withIndexes(plus(t.indexes(), index)));
    }

    static Schema replaceIndex(Schema schema, Index index) {
        return editTable(schema, index.table(), t -> t.withIndexes(plus(
                t.indexes().stream().filter(i -> !i.name().equals(index.name())).toList(), index)));
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
