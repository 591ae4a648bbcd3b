package dev.retort.ops;

import dev.retort.schema.Trigger;

/**
 * @param table      the trigger's table (PostgreSQL drops a trigger {@code ON} its table), or null
 * @param definition the dropped trigger, when known (needed to reverse)
 */
public record DropTrigger(String name, String table, Trigger definition) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "the trigger's definition is not known; write the downgrade");
        }
        return new CreateTrigger(definition);
    }

    /** The trigger's table, read by dialects that drop a trigger on it; dropping changes no table's definition. */
    public String onTable() {
        return table != null ? table : definition == null ? null : definition.table();
    }

    @Override
    public String describe() {
        return "drop trigger " + name;
    }
}
