package dev.retort.schema;

import java.util.Objects;

/**
 * How a generated column computes its value: {@code GENERATED ALWAYS AS (expression)}, kept on disk
 * ({@code STORED}, MariaDB's {@code PERSISTENT}) or computed when read ({@code VIRTUAL}).
 *
 * @param expression the SQL expression, without the parentheses
 */
public record Generated(String expression, boolean isStored) {
    /** Checks the expression is there. */
    public Generated {
        Objects.requireNonNull(expression, "expression");
    }
}
