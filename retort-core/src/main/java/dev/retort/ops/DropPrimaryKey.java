package dev.retort.ops;

import dev.retort.schema.PrimaryKey;

/**
 * Drops a table's primary key, whatever its name (a table has at most one).
 *
 * @param existing the key being dropped, when known (needed to reverse; autogenerate fills it in)
 */
public record DropPrimaryKey(String table, PrimaryKey existing) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException(this, "the primary key's columns are not known; write the downgrade");
        }
        return new CreatePrimaryKey(table, existing);
    }

    @Override
    public String describe() {
        return "drop primary key of " + table + (existing == null ? "" : " " + existing.columns());
    }
}
