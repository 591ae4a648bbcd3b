package dev.retort.dialect.mysql;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server defaults, written and read back. MySQL and MariaDB report them differently in
 * information_schema.COLUMNS.COLUMN_DEFAULT: MariaDB (10.2.7+) as SQL ({@code 'draft'}, {@code NULL},
 * {@code current_timestamp()}), MySQL as the bare value ({@code draft}, SQL NULL) with
 * {@code DEFAULT_GENERATED} in EXTRA when the default is an expression. Both read back as the SQL a
 * model writes: {@code 'draft'}, {@code 0}, {@code CURRENT_TIMESTAMP}, or null for none.
 */
final class MysqlDefaults {
    private static final Pattern LITERAL = Pattern.compile(
            "[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?|[-+]?\\.\\d+([eE][-+]?\\d+)?|0[xX][0-9a-fA-F]+"
                    + "|'([^'\\\\]|''|\\\\.)*'|[xX]'[0-9a-fA-F]*'|[bB]'[01]*'"
                    + "|(?i:NULL|TRUE|FALSE|CURRENT_DATE|CURRENT_TIME|CURRENT_TIMESTAMP(\\(\\d*\\))?)");
    private static final Pattern NOW = Pattern.compile("(?i)(CURRENT_TIMESTAMP|NOW|LOCALTIMESTAMP)(\\((\\d*)\\))?");
    private static final Pattern LARGE_TYPE = Pattern.compile("(?i)\\s*(TINY|MEDIUM|LONG)?(TEXT|BLOB)\\b.*|\\s*(JSON|GEOMETRY)\\b.*");
    private static final Pattern NUMERIC_TYPE = Pattern.compile(
            "(?i)(tinyint|smallint|mediumint|int|integer|bigint|decimal|numeric|float|double|real|bit|year)\\b.*");

    private MysqlDefaults() {
    }

    /**
     * The DEFAULT clause's expression. Literals go as they are, other expressions in parentheses (MySQL
     * 8.0.13 accepts expressions only so; MariaDB either way). A literal for a TEXT, BLOB or JSON column is
     * in parentheses too: MySQL accepts no literal default there, only an expression (MariaDB stores either
     * as the literal). On a DATETIME(6) column, CURRENT_TIMESTAMP gets the column's precision, which MySQL
     * requires ("Invalid default value" otherwise).
     */
    static String render(Column column) {
        String text = column.serverDefault().strip();
        if (column.type().kind() == Kind.TIMESTAMP && NOW.matcher(text).matches()) {
            return "CURRENT_TIMESTAMP(6)";
        }
        boolean parenthesized = MysqlExpressions.stripOuterParentheses(text).length() < text.length();
        if (parenthesized || LITERAL.matcher(text).matches() && !takesOnlyExpressions(column.type())) {
            return text;
        }
        return "(" + text + ")";
    }

    /** TEXT, BLOB and JSON columns: MySQL gives them a default only as an expression. */
    static boolean takesOnlyExpressions(ColumnType type) {
        return switch (type.kind()) {
            case TEXT, BLOB, JSON -> true;
            case RAW -> LARGE_TYPE.matcher(type.raw()).matches();
            default -> false;
        };
    }

    /** A constant: a number, a string, NULL, TRUE or FALSE (not CURRENT_TIMESTAMP, whose value varies). */
    static boolean isLiteral(String sql) {
        String text = sql.strip();
        return LITERAL.matcher(text).matches() && !text.toUpperCase(Locale.ROOT).startsWith("CURRENT_");
    }

    /** COLUMN_DEFAULT as a model's server default; {@code columnType} and {@code extra} are from the same row. */
    static String read(String columnDefault, String columnType, String extra, MysqlServer server) {
        if (columnDefault == null) {
            return null;
        }
        String type = columnType.toLowerCase(Locale.ROOT);
        Matcher now = NOW.matcher(columnDefault.strip());
        if (now.matches()) {
            String digits = now.group(3);
            boolean columnPrecision = digits != null && !digits.isEmpty() && type.equals("datetime(" + digits + ")")
                    && digits.equals("6");
            boolean none = digits == null || digits.isEmpty() || digits.equals("0");
            return columnPrecision || none ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(" + digits + ")";
        }
        if (server.mariadb()) {
            return columnDefault.equals("NULL") ? null : MysqlExpressions.readable(columnDefault, false);
        }
        boolean expression = extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED");
        if (expression) {
            return MysqlExpressions.readable(columnDefault, true);
        }
        if (NUMERIC_TYPE.matcher(type).matches()) {
            return columnDefault;
        }
        return "'" + columnDefault.replace("'", "''") + "'";
    }
}
