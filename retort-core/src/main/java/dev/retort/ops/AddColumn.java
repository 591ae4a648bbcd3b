package dev.retort.ops;

import dev.retort.schema.Column;

/** Adds a column; the reverse drops it. */
public record AddColumn(String table, Column column) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        return new DropColumn(table, column.name(), column);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }
}
