package dev.retort.ops;

import dev.retort.schema.Index;

/** Creates an index; the reverse drops it. */
public record CreateIndex(Index index) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        return new DropIndex(index.name(), index.table(), index);
    }

    @Override
    public String table() {
        return index.table();
    }

    @Override
    public String describe() {
        return "create index " + index.name() + " on " + index.table();
    }
}
