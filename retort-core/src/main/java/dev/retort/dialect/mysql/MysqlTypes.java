package dev.retort.dialect.mysql;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.Types;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portable types to MySQL/MariaDB column types and back.
 * <ul>
 *   <li>TIMESTAMP is {@code DATETIME(6)}, not MySQL's {@code TIMESTAMP}: the portable type is a timestamp
 *   without time zone, which DATETIME is, while MySQL's TIMESTAMP converts to and from the session time
 *   zone, ends in January 2038, and (with {@code explicit_defaults_for_timestamp} off, MySQL 5.7's and
 *   MariaDB before 10.10's default) quietly gains NOT NULL and {@code ON UPDATE CURRENT_TIMESTAMP}.
 *   Six fractional digits keep the microseconds Java and PostgreSQL keep.</li>
 *   <li>BOOLEAN is {@code TINYINT(1)}, which is what MySQL makes of BOOLEAN anyway; writing it so keeps
 *   the rendered SQL honest about what is stored.</li>
 *   <li>STRING and BINARY without a length become {@code VARCHAR(255)} and {@code VARBINARY(255)}: MySQL
 *   requires a length, and 255 is what JPA assumes.</li>
 *   <li>BLOB is {@code LONGBLOB} (up to 4 GB; MySQL's BLOB ends at 64 KB), UUID is {@code CHAR(36)}, REAL is
 *   the 4-byte {@code FLOAT}.</li>
 *   <li>JSON is {@code JSON}. MariaDB stores it as LONGTEXT with a {@code CHECK (json_valid(col))}; the
 *   inspector reads that pair back as JSON ({@link MysqlInspector}).</li>
 * </ul>
 * {@link #parse} reads information_schema's COLUMN_TYPE: what the database holds, exactly. A type the
 * portable set does not name comes back RAW, upper-cased outside quotes, without integer display widths.
 */
public final class MysqlTypes {
    private static final Pattern COLUMN_TYPE = Pattern.compile(
            "([a-z]+(?: precision)?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?((?:\\s+[a-z]+)*)");
    private static final Pattern DISPLAY_WIDTH = Pattern.compile("(?i)\\b(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)\\(\\d+\\)");
    /** MySQL's default length for a DECIMAL declared without one (dev.mysql.com/doc/refman/8.0/en/fixed-point-types.html). */
    static final int DEFAULT_DECIMAL_PRECISION = 10;
    static final int DEFAULT_VARCHAR_LENGTH = 255;

    private MysqlTypes() {
    }

    public static String render(ColumnType type) {
        return switch (type.kind()) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case BOOLEAN -> "TINYINT(1)";
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case NUMERIC -> type.precision() == null ? "DECIMAL"
                    : "DECIMAL(" + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ")";
            case STRING -> "VARCHAR(" + (type.length() == null ? DEFAULT_VARCHAR_LENGTH : type.length()) + ")";
            case TEXT -> "TEXT";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "DATETIME(6)";
            case BINARY -> "VARBINARY(" + (type.length() == null ? DEFAULT_VARCHAR_LENGTH : type.length()) + ")";
            case BLOB -> "LONGBLOB";
            case JSON -> "JSON";
            case UUID -> "CHAR(36)";
            case RAW -> type.raw();
            case UNTYPED -> "LONGTEXT";
        };
    }

    /** The portable type of a COLUMN_TYPE ({@code int(11)}, {@code varchar(100)}, {@code decimal(10,2)}). */
    public static ColumnType parse(String columnType) {
        String text = columnType.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m = COLUMN_TYPE.matcher(text);
        if (!m.matches() || !m.group(4).isBlank()) {
            return raw(columnType);
        }
        String name = m.group(1);
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        ColumnType portable = switch (name) {
            case "int", "integer" -> Types.INTEGER;
            case "bigint" -> Types.BIGINT;
            case "smallint" -> Types.SMALLINT;
            case "tinyint" -> Integer.valueOf(1).equals(first) ? Types.BOOLEAN : null;
            case "bool", "boolean" -> Types.BOOLEAN;
            case "float" -> first == null ? Types.REAL : null;
            case "double", "double precision", "real" -> first == null ? Types.DOUBLE : null;
            case "decimal", "numeric", "dec", "fixed" -> Types.numeric(first == null ? DEFAULT_DECIMAL_PRECISION : first,
                    second == null ? 0 : second);
            case "varchar" -> first == null ? null : Types.string(first);
            case "text" -> first == null ? Types.TEXT : null;
            case "date" -> Types.DATE;
            case "time" -> first == null ? Types.TIME : null;
            case "datetime" -> Integer.valueOf(6).equals(first) ? Types.TIMESTAMP : null;
            case "longblob" -> Types.BLOB;
            case "varbinary" -> first == null ? null : Types.binary(first);
            case "json" -> Types.JSON;
            case "char" -> Integer.valueOf(36).equals(first) ? Types.UUID : null;
            case "uuid" -> Types.UUID; // MariaDB 10.7's own type: holds the same values as CHAR(36)
            default -> null;
        };
        if (portable == null || second != null && portable.kind() != Kind.NUMERIC) {
            return raw(columnType);
        }
        return portable;
    }

    /** The type MySQL stores for {@code type}: how a model's type is compared with what the database reports. */
    public static ColumnType stored(ColumnType type) {
        return parse(render(type));
    }

    /** A type outside the portable set, in one spelling: upper case outside quotes, no integer display width. */
    static ColumnType raw(String columnType) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char c : columnType.strip().replaceAll("\\s+", " ").toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(quoted ? c : Character.toUpperCase(c));
        }
        return Types.raw(DISPLAY_WIDTH.matcher(out).replaceAll("$1"));
    }
}
