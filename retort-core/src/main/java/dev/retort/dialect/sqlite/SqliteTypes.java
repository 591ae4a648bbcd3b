package dev.retort.dialect.sqlite;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.Types;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portable types to SQLite declared types and back. SQLite keeps a column's declared type as text and
 * derives only an affinity from it (sqlite.org/datatype3.html, 3.1), so Retort declares readable names
 * ({@code VARCHAR(100)}, {@code BOOLEAN}, {@code TIMESTAMP}) that map back to the same portable type.
 * A declared type Retort did not write comes back as RAW with its exact text, so a rebuild keeps it.
 */
public final class SqliteTypes {
    private static final Pattern DECLARED =
            Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");

    private SqliteTypes() {
    }

    public static String render(ColumnType type) {
        Kind kind = type.kind();
        return switch (kind) {
            case STRING -> type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
            case BINARY -> type.length() == null ? "VARBINARY" : "VARBINARY(" + type.length() + ")";
            case NUMERIC -> type.precision() == null ? "NUMERIC"
                    : "NUMERIC(" + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ")";
            case RAW -> type.raw();
            case UNTYPED -> "";
            default -> kind.name();
        };
    }

    /**
     * The portable type a declared type stands for. Only the spellings {@link #render} produces are
     * recognised (in any letter case); others, and synonyms such as {@code INT}, stay RAW, because in
     * SQLite the exact text matters ({@code INTEGER PRIMARY KEY} is a rowid alias, {@code INT PRIMARY KEY}
     * is not). A column declared without a type reads as UNTYPED, so it is created typeless again.
     */
    public static ColumnType parse(String declared) {
        if (declared == null || declared.isBlank()) {
            return ColumnType.of(Kind.UNTYPED);
        }
        Matcher m = DECLARED.matcher(declared);
        if (!m.matches()) {
            return Types.raw(declared);
        }
        String name = m.group(1).toUpperCase(Locale.ROOT);
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (first == null) {
            switch (name) {
                case "VARCHAR": return ColumnType.of(Kind.STRING);
                case "VARBINARY": return ColumnType.of(Kind.BINARY);
                case "SMALLINT", "INTEGER", "BIGINT", "BOOLEAN", "REAL", "DOUBLE", "NUMERIC", "TEXT", "DATE",
                        "TIME", "TIMESTAMP", "BLOB", "JSON", "UUID":
                    return ColumnType.of(Kind.valueOf(name));
                default:
                    return Types.raw(declared);
            }
        }
        if (name.equals("VARCHAR") && second == null) {
            return new ColumnType(Kind.STRING, first, null, null, null);
        }
        if (name.equals("VARBINARY") && second == null) {
            return new ColumnType(Kind.BINARY, first, null, null, null);
        }
        if (name.equals("NUMERIC")) {
            return new ColumnType(Kind.NUMERIC, null, first, second, null);
        }
        return Types.raw(declared);
    }
}
