package dev.retort.ops;

import dev.retort.schema.Column;

/** @param definition the dropped column's definition, when known (needed to reverse) */
public record DropColumn(String table, String column, Column definition) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "the column's definition is not known; write the downgrade");
        }
        return new AddColumn(table, definition);
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column;
    }
}
