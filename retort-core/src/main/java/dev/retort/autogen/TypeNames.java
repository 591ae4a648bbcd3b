package dev.retort.autogen;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.Types;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads SQL type names, including common synonyms of several databases, as portable types. */
final class TypeNames {
    private static final Pattern TYPE =
            Pattern.compile("([a-z_][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");
    private static final Map<String, Kind> SYNONYMS = Map.ofEntries(
            Map.entry("int", Kind.INTEGER), Map.entry("integer", Kind.INTEGER), Map.entry("int4", Kind.INTEGER),
            Map.entry("mediumint", Kind.INTEGER),
            Map.entry("bigint", Kind.BIGINT), Map.entry("int8", Kind.BIGINT),
            Map.entry("smallint", Kind.SMALLINT), Map.entry("int2", Kind.SMALLINT),
            Map.entry("bool", Kind.BOOLEAN), Map.entry("boolean", Kind.BOOLEAN),
            Map.entry("real", Kind.REAL), Map.entry("float4", Kind.REAL),
            Map.entry("double", Kind.DOUBLE), Map.entry("double precision", Kind.DOUBLE),
            Map.entry("float8", Kind.DOUBLE), Map.entry("float", Kind.DOUBLE),
            Map.entry("numeric", Kind.NUMERIC), Map.entry("decimal", Kind.NUMERIC), Map.entry("dec", Kind.NUMERIC),
            Map.entry("varchar", Kind.STRING), Map.entry("character varying", Kind.STRING),
            Map.entry("nvarchar", Kind.STRING), Map.entry("varchar2", Kind.STRING),
            Map.entry("text", Kind.TEXT), Map.entry("clob", Kind.TEXT),
            Map.entry("date", Kind.DATE), Map.entry("time", Kind.TIME),
            Map.entry("timestamp", Kind.TIMESTAMP), Map.entry("datetime", Kind.TIMESTAMP),
            Map.entry("timestamp without time zone", Kind.TIMESTAMP),
            Map.entry("varbinary", Kind.BINARY), Map.entry("blob", Kind.BLOB), Map.entry("bytea", Kind.BLOB),
            Map.entry("json", Kind.JSON), Map.entry("uuid", Kind.UUID));

    private TypeNames() {
    }

    /**
     * The portable type {@code sqlType} names ({@code int}, {@code VARCHAR(20)}, {@code decimal(10,2)}), or
     * RAW with the text upper-cased and single-spaced when it names none.
     */
    static ColumnType portable(String sqlType) {
        String text = sqlType.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m = TYPE.matcher(text);
        Kind kind = m.matches() ? SYNONYMS.get(m.group(1)) : null;
        if (kind == null) {
            return Types.raw(text.toUpperCase(Locale.ROOT).replaceAll("\\s*([(),])\\s*", "$1"));
        }
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean sized = kind == Kind.STRING || kind == Kind.BINARY;
        if (kind == Kind.NUMERIC) {
            return new ColumnType(kind, null, first, second, null);
        }
        if (sized && second == null) {
            return new ColumnType(kind, first, null, null, null);
        }
        if (first == null) {
            return ColumnType.of(kind);
        }
        // A size on a type that takes none (INT(11) in MySQL is a display width): the base type is what counts.
        return second == null && kind.ordinal() <= Kind.BIGINT.ordinal() ? ColumnType.of(kind)
                : Types.raw(text.toUpperCase(Locale.ROOT));
    }
}
