package dev.retort.ops;

import dev.retort.schema.CheckConstraint;

/** Adds a CHECK constraint; the reverse drops it. */
public record CreateCheckConstraint(String table, CheckConstraint constraint) implements Operation {
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
        return "create check constraint on " + table + " (" + constraint.expression() + ")";
    }
}
