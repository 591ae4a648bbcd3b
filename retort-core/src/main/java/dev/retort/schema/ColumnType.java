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

    /** The portable kinds of column type; each dialect renders them its way. */
    public enum Kind {
        /** A 16-bit integer. */
        SMALLINT,
        /** A 32-bit integer. */
        INTEGER,
        /** A 64-bit integer. */
        BIGINT,
        /** True or false. */
        BOOLEAN,
        /** A single-precision float. */
        REAL,
        /** A double-precision float. */
        DOUBLE,
        /** An exact decimal, with precision and scale. */
        NUMERIC,
        /** Text of a bounded length (VARCHAR). */
        STRING,
        /** Text of any length. */
        TEXT,
        /** A calendar date. */
        DATE,
        /** A time of day. */
        TIME,
        /** A date and time. */
        TIMESTAMP,
        /** Bytes of a bounded length. */
        BINARY,
        /** Bytes of any length. */
        BLOB,
        /** A JSON document. */
        JSON,
        /** A UUID. */
        UUID,
        /** A type spelled in SQL, passed through as written. */
        RAW,
        /**
         * No declared type: SQLite keeps any value in such a column (sqlite.org/datatype3.html, "BLOB" affinity
         * by rule 3) and a rebuild must keep it typeless; databases that need a type render their widest text.
         */
        UNTYPED
    }

    /** Checks the parts each kind needs. */
    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.RAW && (raw == null || raw.isBlank())) {
            throw new IllegalArgumentException("a RAW type needs its SQL text");
        }
    }

    /** A type of {@code kind} with no length, precision or scale. */
    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null, null);
    }

    /** Whether the type holds whole numbers. */
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
