package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;

/**
 * Drops a constraint by name or, for an unnamed one (SQLite keeps many), by what it is: a
 * {@link UniqueConstraint} by its columns, a {@link CheckConstraint} by its expression, a
 * {@link ForeignKey} by its columns.
 *
 * @param name       the constraint's name, or null to find it by {@code definition}
 * @param definition the constraint, when known (needed to reverse and to find an unnamed one)
 */
public record DropConstraint(String table, String name, TableElement definition) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        if (definition instanceof UniqueConstraint unique) {
            return new CreateUniqueConstraint(table, unique);
        }
        if (definition instanceof ForeignKey fk) {
            return new CreateForeignKey(table, fk);
        }
        if (definition instanceof CheckConstraint check) {
            return new CreateCheckConstraint(table, check);
        }
        if (definition instanceof PrimaryKey key) {
            return new CreatePrimaryKey(table, key);
        }
        throw new IrreversibleOperationException(this, "the constraint's definition is not known; write the downgrade");
    }

    @Override
    public String describe() {
        return "drop constraint " + (name != null ? name : String.valueOf(definition)) + " on " + table;
    }
}
