package dev.retort.dialect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@code bulkInsert} as multi-row INSERTs with the values written as literals, so the same text serves an
 * online run and {@code --sql}. Dialects differ only in quoting and in how a Java value is spelled.
 */
public final class InsertStatements {
    private static final int ROWS_PER_INSERT = 500;

    private InsertStatements() {
    }

    public static List<String> render(String table, List<Map<String, Object>> rows, UnaryOperator<String> quote,
                                      Function<Object, String> literal) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        List<String> statements = new ArrayList<>();
        if (rows.isEmpty()) {
            return statements;
        }
        String head = "INSERT INTO " + quote.apply(table) + " ("
                + columns.stream().map(quote).collect(Collectors.joining(", ")) + ") VALUES ";
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<String> tuples = new ArrayList<>();
            for (Map<String, Object> row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT))) {
                tuples.add(columns.stream().map(c -> literal.apply(row.get(c))).collect(Collectors.joining(", ", "(", ")")));
            }
            statements.add(head + String.join(", ", tuples));
        }
        return statements;
    }
}
