package dev.retort.autogen.roundtrip;

import dev.retort.schema.ColumnType;

/** Column types as a person writes them in a schema.sql or a JPA columnDefinition. */
final class SqlSpelling {
    private SqlSpelling() {
    }

    static String type(ColumnType type) {
        return switch (type.kind()) {
            case STRING -> type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
            case NUMERIC -> type.precision() == null ? "NUMERIC"
                    : "NUMERIC(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case BINARY -> type.length() == null ? "VARBINARY" : "VARBINARY(" + type.length() + ")";
            case RAW -> type.raw();
            default -> type.kind().name();
        };
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
