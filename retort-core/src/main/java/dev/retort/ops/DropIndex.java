package dev.retort.ops;

import dev.retort.schema.Index;

/**
 * Drops an index.
 *
 * @param table        the index's table (MySQL needs it; SQLite and PostgreSQL do not), or null
 * @param concurrently drop it without blocking the table's readers and writers ({@code DROP INDEX CONCURRENTLY}
 *                     on PostgreSQL); the revision must say {@code Transaction: none}
 */
public record DropIndex(String name, String table, Index definition, boolean concurrently) implements Operation {
    /** An index dropped the ordinary way, inside the revision's transaction. */
    public DropIndex(String name, String table, Index definition) {
        this(name, table, definition, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "the index's definition is not known; write the downgrade");
        }
        return new CreateIndex(definition, concurrently);
    }

    @Override
    public String describe() {
        return "drop index " + name + (concurrently ? " concurrently" : "");
    }
}
