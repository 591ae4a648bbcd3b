package dev.retort.ops;

import dev.retort.schema.UniqueConstraint;

/** Adds a UNIQUE constraint; the reverse drops it. */
public record CreateUniqueConstraint(String table, UniqueConstraint constraint) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        return new DropConstraint(table, constraint.name(), constraint);
    }

    @Override
    public String describe() {
        return "create unique constraint on " + table + constraint.columns() + constraint.deferrable().suffix();
    }
}
