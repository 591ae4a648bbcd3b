package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A view, kept by its query in the spelling the database returns for it. Views compare by that query after
 * normalising space and case outside literals.
 *
 * @param query   the {@code SELECT ...} the view stands for (no {@code CREATE VIEW ... AS} in front)
 * @param columns the column names the view declares ({@code CREATE VIEW v(a, b) AS ...}), empty when it names none
 */
public record View(String name, String query, List<String> columns) {
    /** Checks the parts and copies the columns. */
    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        columns = List.copyOf(columns);
    }

    /** A view without a column list. */
    public View(String name, String query) {
        this(name, query, List.of());
    }
}
