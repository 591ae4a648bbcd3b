package dev.retort.ops;

import dev.retort.schema.PrimaryKey;

/** Gives a table that has no primary key one (drop the old key first to replace it). */
public record CreatePrimaryKey(String table, PrimaryKey key) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        return new DropPrimaryKey(table, key);
    }

    @Override
    public String describe() {
        return "create primary key on " + table + " " + key.columns() + key.deferrable().suffix();
    }
}
