package dev.retort.schema;

import java.util.Objects;

/** @param name the constraint's name, or null when unnamed; {@code expression} is SQL without CHECK(...) */
public record CheckConstraint(String name, String expression) implements TableElement {
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }

    public static CheckConstraint check(String expression) {
        return new CheckConstraint(null, expression);
    }

    public CheckConstraint named(String newName) {
        return new CheckConstraint(newName, expression);
    }
}
