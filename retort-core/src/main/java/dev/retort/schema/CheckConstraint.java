package dev.retort.schema;

import java.util.Objects;

/** @param name the constraint's name, or null when unnamed; {@code expression} is SQL without CHECK(...) */
public record CheckConstraint(String name, String expression) implements TableElement {
    /** Checks the expression is there. */
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }

    /** An unnamed CHECK constraint on {@code expression} (SQL). */
    public static CheckConstraint check(String expression) {
        return new CheckConstraint(null, expression);
    }

    /** The same constraint with a name. */
    public CheckConstraint named(String newName) {
        return new CheckConstraint(newName, expression);
    }
}
