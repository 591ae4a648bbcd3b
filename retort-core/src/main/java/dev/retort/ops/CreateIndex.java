package dev.retort.ops;

import dev.retort.schema.Index;

/**
 * Creates an index; the reverse drops it.
 *
 * @param concurrently build it without blocking writes to the table ({@code CREATE INDEX CONCURRENTLY} on
 *                     PostgreSQL), which no database allows inside a transaction: the revision must say
 *                     {@code Transaction: none}
 */
public record CreateIndex(Index index, boolean concurrently) implements Operation {
    /** An index built the ordinary way, inside the revision's transaction. */
    public CreateIndex(Index index) {
        this(index, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        return new DropIndex(index.name(), index.table(), index, concurrently);
    }

    @Override
    public String table() {
        return index.table();
    }

    @Override
    public String describe() {
        return "create index " + index.name() + " on " + index.table() + (concurrently ? " concurrently" : "");
    }
}
