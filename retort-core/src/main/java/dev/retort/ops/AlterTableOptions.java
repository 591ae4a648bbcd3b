package dev.retort.ops;

import java.util.Map;

/**
 * Gives a table other dialect options ({@link dev.retort.schema.Table#options()}: SQLite's WITHOUT ROWID and
 * STRICT, MySQL's engine, ...), as the dialect that defines the keys carries them out (SQLite rebuilds the
 * table). A dialect that cannot change an option says so instead of ignoring it.
 *
 * @param options  every option the table has afterwards
 * @param previous the options before, when known (needed to reverse; autogenerate fills them in)
 */
public record AlterTableOptions(String table, Map<String, String> options, Map<String, String> previous)
        implements Operation {
    /** Copies the maps. */
    public AlterTableOptions {
        options = Map.copyOf(options);
        previous = previous == null ? null : Map.copyOf(previous);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        if (previous == null) {
            throw new IrreversibleOperationException(this, "the table's previous options are not known; write the downgrade");
        }
        return new AlterTableOptions(table, previous, options);
    }

    @Override
    public String describe() {
        return "alter table options " + table + " (" + (previous == null ? "" : new java.util.TreeMap<>(previous) + " -> ")
                + new java.util.TreeMap<>(options) + ")";
    }
}
