package dev.retort.ops;

import dev.retort.schema.Trigger;

/** Creates a trigger from its complete {@code CREATE TRIGGER} statement; the reverse drops it. */
public record CreateTrigger(Trigger trigger) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        return new DropTrigger(trigger.name(), trigger.table(), trigger);
    }

    /** The trigger is an object of its own: creating it changes no table's definition. */
    @Override
    public String table() {
        return null;
    }

    @Override
    public String describe() {
        return "create trigger " + trigger.name() + " on " + trigger.table();
    }
}
