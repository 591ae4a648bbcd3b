package dev.retort.schema;

import java.util.Objects;

/**
 * How a generated column gets its value: {@code GENERATED ALWAYS AS (expression) STORED | VIRTUAL}. Rows
 * never write it, so a copy of the rows (a SQLite rebuild) leaves it out and the database computes it again.
 *
 * @param expression the SQL expression, without the parentheses around it
 * @param stored     computed on write and kept (STORED), or computed on read (VIRTUAL)
 */
public record Generated(String expression, boolean stored) {
    /** Checks the expression. */
    public Generated {
        Objects.requireNonNull(expression, "expression");
    }

    /** {@code STORED} or {@code VIRTUAL}. */
    public String kind() {
        return stored ? "STORED" : "VIRTUAL";
    }
}
