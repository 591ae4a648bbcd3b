package dev.retort.ops;

import dev.retort.schema.Table;

/** Creates a table; the reverse drops it. */
public record CreateTable(Table definition) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        return new DropTable(definition.name(), definition);
    }

    @Override
    public String table() {
        return definition.name();
    }

    @Override
    public String describe() {
        return "create table " + definition.name();
    }
}
