package dev.retort.schema;

import java.util.Objects;

/**
 * A portable column type. Each dialect renders it (see the dialect's types class) and maps what its
 * inspector reads back onto one of these, so a diff compares like with like. {@link Kind#RAW} carries
 * a type the portable set does not name, rendered verbatim.
 *
 * @param length    for STRING and BINARY, the maximum length; null when unbounded
 * @param precision for NUMERIC, total digits; null when unspecified
 * @param scale     for NUMERIC, digits after the point; null when unspecified
 * @param raw       for RAW, the SQL type text
 */
public record ColumnType(Kind kind, Integer length, Integer precision, Integer scale, String raw) {

    public enum Kind {
        SMALLINT, INTEGER, BIGINT, BOOLEAN, REAL, DOUBLE, NUMERIC,
        STRING, TEXT, DATE, TIME, TIMESTAMP, BINARY, BLOB, JSON, UUID, RAW
    }

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.RAW && (raw == null || raw.isBlank())) {
            throw new IllegalArgumentException("a RAW type needs its SQL text");
        }
    }

    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null, null);
    }

    public boolean isInteger() {
        return kind == Kind.SMALLINT || kind == Kind.INTEGER || kind == Kind.BIGINT;
    }

    /** A compact, dialect-neutral spelling used in messages and generated code: {@code string(100)}. */
    @Override
    public String toString() {
        return switch (kind) {
            case STRING -> length == null ? "STRING" : "string(" + length + ")";
            case BINARY -> length == null ? "BINARY" : "binary(" + length + ")";
            case NUMERIC -> precision == null ? "NUMERIC"
                    : "numeric(" + precision + (scale == null ? "" : ", " + scale) + ")";
            case RAW -> "raw(\"" + raw + "\")";
            default -> kind.name();
        };
    }
}
