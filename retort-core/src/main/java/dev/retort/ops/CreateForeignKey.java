package dev.retort.ops;

import dev.retort.schema.ForeignKey;

/** Adds a foreign key to a table; the reverse drops it. */
public record CreateForeignKey(String table, ForeignKey constraint) implements Operation {
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
        return "create foreign key " + table + constraint.columns() + " -> " + constraint.refTable()
                + (constraint.match() == null ? "" : " MATCH " + constraint.match()) + constraint.deferrable().suffix();
    }
}
