package dev.retort.dialect.postgres;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.Types;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portable types to PostgreSQL types and back (postgresql.org/docs/current/datatype.html). PostgreSQL has one
 * binary type, {@code bytea}, without a length, so BINARY(n) and BLOB both become it and read back as BLOB;
 * JSON is stored as {@code jsonb}, the indexable form the PostgreSQL manual recommends (section 8.14).
 */
public final class PostgresTypes {
    /** What {@code format_type()} prints: a name of one or more words, then an optional (n) or (p,s). */
    private static final Pattern FORMATTED = Pattern.compile("([a-z][a-z0-9_ ]*?)(?:\\((\\d+)(?:,(\\d+))?\\))?");

    private PostgresTypes() {
    }

    public static String render(ColumnType type) {
        return switch (type.kind()) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case BOOLEAN -> "BOOLEAN";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case NUMERIC -> type.precision() == null ? "NUMERIC"
                    : "NUMERIC(" + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ")";
            case STRING -> type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
            case TEXT -> "TEXT";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case BINARY, BLOB -> "BYTEA";
            case JSON -> "JSONB";
            case UUID -> "UUID";
            case RAW -> type.raw();
            case UNTYPED -> "TEXT";
        };
    }

    /**
     * The portable type of what {@code format_type(atttypid, atttypmod)} prints. Types the portable set does
     * not name ({@code timestamp with time zone}, {@code json}, arrays) stay RAW with PostgreSQL's spelling.
     */
    public static ColumnType parse(String formatted) {
        String text = formatted.strip().toLowerCase(Locale.ROOT);
        Matcher m = FORMATTED.matcher(text.replaceAll("\\s*([(),])\\s*", "$1"));
        if (!m.matches()) {
            return Types.raw(formatted);
        }
        String name = m.group(1).strip();
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (name.equals("numeric")) {
            return new ColumnType(Kind.NUMERIC, null, first, second, null);
        }
        if (name.equals("character varying")) {
            return first == null ? ColumnType.of(Kind.STRING) : Types.string(first);
        }
        if (first != null) {
            return Types.raw(formatted);
        }
        return switch (name) {
            case "smallint" -> ColumnType.of(Kind.SMALLINT);
            case "integer" -> ColumnType.of(Kind.INTEGER);
            case "bigint" -> ColumnType.of(Kind.BIGINT);
            case "boolean" -> ColumnType.of(Kind.BOOLEAN);
            case "real" -> ColumnType.of(Kind.REAL);
            case "double precision" -> ColumnType.of(Kind.DOUBLE);
            case "text" -> ColumnType.of(Kind.TEXT);
            case "date" -> ColumnType.of(Kind.DATE);
            case "time without time zone" -> ColumnType.of(Kind.TIME);
            case "timestamp without time zone" -> ColumnType.of(Kind.TIMESTAMP);
            case "bytea" -> ColumnType.of(Kind.BLOB);
            case "jsonb" -> ColumnType.of(Kind.JSON);
            case "uuid" -> ColumnType.of(Kind.UUID);
            default -> Types.raw(formatted);
        };
    }
}
