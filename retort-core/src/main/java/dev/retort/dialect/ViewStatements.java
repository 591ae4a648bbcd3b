package dev.retort.dialect;

import dev.retort.schema.View;

import java.util.function.UnaryOperator;

/**
 * {@code CREATE VIEW} as SQLite, PostgreSQL and MySQL all write it; each dialect gives its quoting. Where a
 * dialect needs more (PostgreSQL's {@code OR REPLACE} is not used: a changed view is dropped and created,
 * so its reverse is exact), it renders its own.
 */
public final class ViewStatements {
    private ViewStatements() {
    }

    /** {@code CREATE VIEW name [(columns)] AS query}. */
    public static String create(View view, UnaryOperator<String> quote) {
        StringBuilder sql = new StringBuilder("CREATE VIEW ").append(quote.apply(view.name()));
        if (!view.columns().isEmpty()) {
            sql.append(" (").append(String.join(", ", view.columns().stream().map(quote).toList())).append(')');
        }
        return sql.append(" AS ").append(view.query()).toString();
    }

    /** {@code DROP VIEW name}. */
    public static String drop(String name, UnaryOperator<String> quote) {
        return "DROP VIEW " + quote.apply(name);
    }
}
