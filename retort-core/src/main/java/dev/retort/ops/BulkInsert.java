package dev.retort.ops;

import java.util.List;
import java.util.Map;

/** Inserts rows; each row maps column names to values (JDBC types). */
public record BulkInsert(String table, List<Map<String, Object>> rows) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    /** Copies the rows. */
    public BulkInsert {
        rows = List.copyOf(rows);
    }

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException(this, "inserted rows have no automatic reverse; write the downgrade");
    }

    @Override
    public String describe() {
        return "insert " + rows.size() + " rows into " + table;
    }
}
