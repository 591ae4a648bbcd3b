package dev.retort.autogen.roundtrip;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows for every table of a schema, so migrations run on data: row {@code i} (1..{@link #ROWS}) holds
 * {@code i} in integer columns and {@code "v" + i} in text columns, which makes every foreign key point at
 * row {@code i} of its table and keeps unique constraints satisfied.
 */
final class SampleRows {
    static final int ROWS = 3;

    private SampleRows() {
    }

    static void insert(RoundTripDatabase database, Schema schema) throws SQLException {
        try (Connection connection = database.connect()) {
            for (Table table : referencedFirst(schema.tables())) {
                String columns = table.columns().stream().map(c -> SqlSpelling.quote(c.name())).collect(Collectors.joining(", "));
                String marks = table.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + SqlSpelling.quote(table.name()) + " (" + columns + ") VALUES (" + marks + ")")) {
                    for (int row = 1; row <= ROWS; row++) {
                        for (int i = 0; i < table.columns().size(); i++) {
                            insert.setObject(i + 1, value(table.columns().get(i), row));
                        }
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    /** A value of the column's type for row {@code row}. */
    static Object value(Column column, int row) {
        ColumnType type = column.type();
        return switch (type.kind()) {
            case SMALLINT, INTEGER, BIGINT -> row;
            case BOOLEAN -> row % 2 == 1;
            case REAL, DOUBLE -> row + 0.5;
            case NUMERIC -> row + 0.25;
            case DATE -> "2026-01-0" + row;
            case TIMESTAMP -> "2026-01-0" + row + " 10:00:00";
            case TIME -> "10:0" + row + ":00";
            case STRING, TEXT -> "v" + row;
            case JSON -> "{\"n\": " + row + "}";
            case UUID -> "00000000-0000-0000-0000-00000000000" + row;
            case BLOB, BINARY -> new byte[] {(byte) row, 0, 1};
            default -> throw new IllegalArgumentException("no sample value for " + type);
        };
    }

    /**
     * The rows of each table in {@code tables}, restricted to {@code columns} of that table, as sorted
     * lines of text: what must survive a migration that keeps those columns.
     */
    static Map<String, List<String>> snapshot(RoundTripDatabase database, Map<String, List<String>> columnsByTable)
            throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, List<String>> table : columnsByTable.entrySet()) {
                List<String> columns = table.getValue();
                String select = columns.isEmpty() ? "count(*)"
                        : columns.stream().map(SqlSpelling::quote).collect(Collectors.joining(", "));
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT " + select + " FROM " + SqlSpelling.quote(table.getKey()))) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            line.append(i > 1 ? " | " : "").append(text(rs, i));
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                rows.put(table.getKey(), lines);
            }
        }
        return rows;
    }

    /**
     * A value as text; a boolean as 1 or 0 whether the database has a boolean type (PostgreSQL) or not (SQLite),
     * and a decimal without trailing zeros: PostgreSQL prints a NUMERIC(12, 4) value with four decimals, which
     * is the same number as before a change of scale, not a changed value.
     */
    private static String text(ResultSet rs, int column) throws SQLException {
        int type = rs.getMetaData().getColumnType(column);
        if (type == java.sql.Types.NUMERIC || type == java.sql.Types.DECIMAL) {
            java.math.BigDecimal value = rs.getBigDecimal(column);
            return value == null ? null : value.stripTrailingZeros().toPlainString();
        }
        if (type == java.sql.Types.BOOLEAN || type == java.sql.Types.BIT) {
            boolean value = rs.getBoolean(column);
            return rs.wasNull() ? null : value ? "1" : "0";
        }
        return rs.getString(column);
    }

    static List<Table> referencedFirst(List<Table> tables) {
        List<Table> remaining = new ArrayList<>(tables);
        List<Table> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream().filter(t -> t.foreignKeys().stream().map(ForeignKey::refTable)
                    .noneMatch(ref -> !ref.equals(t.name()) && remaining.stream().anyMatch(r -> r.name().equals(ref))))
                    .findFirst().orElseThrow(() -> new IllegalStateException("reference cycle in " + remaining));
            remaining.remove(next);
            ordered.add(next);
        }
        return ordered;
    }
}
