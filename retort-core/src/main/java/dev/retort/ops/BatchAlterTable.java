package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Changes to one table grouped explicitly. Retort already groups a revision's changes to a table on
 * its own; this exists for revisions ported from Alembic and for readers who want the grouping visible.
 */
public record BatchAlterTable(String table, List<Operation> operations) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    /** Copies the operations. */
    public BatchAlterTable {
        operations = List.copyOf(operations);
    }

    @Override
    public Operation reverse() {
        List<Operation> reversed = new ArrayList<>();
        for (Operation operation : operations) {
            reversed.add(operation.reverse());
        }
        Collections.reverse(reversed);
        return new BatchAlterTable(table, reversed);
    }

    @Override
    public String describe() {
        return "batch alter table " + table + " (" + operations.size() + " changes)";
    }
}
