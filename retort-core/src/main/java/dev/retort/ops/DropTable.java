package dev.retort.ops;

import dev.retort.schema.Table;

/** @param definition the dropped table's definition, when known (needed to reverse) */
public record DropTable(String table, Table definition) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "the table's definition is not known; write the downgrade");
        }
        return new CreateTable(definition);
    }

    @Override
    public String describe() {
        return "drop table " + table;
    }
}
