package dev.retort.ops;

import dev.retort.schema.View;

/** @param definition the dropped view, when known (needed to reverse) */
public record DropView(String name, View definition) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "the view's query is not known; write the downgrade");
        }
        return new CreateView(definition);
    }

    /** A view is not a table this operation changes. */
    @Override
    public String table() {
        return null;
    }

    @Override
    public String describe() {
        return "drop view " + name;
    }
}
