package dev.retort.ops;

import dev.retort.schema.View;

/** Creates a view; the reverse drops it. */
public record CreateView(View view) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        return new DropView(view.name(), view);
    }

    /** A view is not a table this operation changes. */
    @Override
    public String table() {
        return null;
    }

    @Override
    public String describe() {
        return "create view " + view.name();
    }
}
