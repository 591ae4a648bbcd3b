package dev.retort.ops;

import dev.retort.schema.Index;

/** @param table the index's table (MySQL needs it; SQLite and PostgreSQL do not), or null */
public record DropIndex(String name, String table, Index definition) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "the index's definition is not known; write the downgrade");
        }
        return new CreateIndex(definition);
    }

    @Override
    public String describe() {
        return "drop index " + name;
    }
}
