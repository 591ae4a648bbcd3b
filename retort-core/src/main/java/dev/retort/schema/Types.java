package dev.retort.schema;

import dev.retort.schema.ColumnType.Kind;

/** The portable types, for revisions and models: {@code import static dev.retort.schema.Types.*;}. */
public final class Types {
    /** A 16-bit integer. */
    public static final ColumnType SMALLINT = ColumnType.of(Kind.SMALLINT);
    /** A 32-bit integer. */
    public static final ColumnType INTEGER = ColumnType.of(Kind.INTEGER);
    /** A 64-bit integer. */
    public static final ColumnType BIGINT = ColumnType.of(Kind.BIGINT);
    /** True or false. */
    public static final ColumnType BOOLEAN = ColumnType.of(Kind.BOOLEAN);
    /** A single-precision float. */
    public static final ColumnType REAL = ColumnType.of(Kind.REAL);
    /** A double-precision float. */
    public static final ColumnType DOUBLE = ColumnType.of(Kind.DOUBLE);
    /** An exact decimal with the database's default precision. */
    public static final ColumnType NUMERIC = ColumnType.of(Kind.NUMERIC);
    /** Text with the database's default length limit. */
    public static final ColumnType STRING = ColumnType.of(Kind.STRING);
    /** Text of any length. */
    public static final ColumnType TEXT = ColumnType.of(Kind.TEXT);
    /** A calendar date. */
    public static final ColumnType DATE = ColumnType.of(Kind.DATE);
    /** A time of day. */
    public static final ColumnType TIME = ColumnType.of(Kind.TIME);
    /** A date and time. */
    public static final ColumnType TIMESTAMP = ColumnType.of(Kind.TIMESTAMP);
    /** Bytes with the database's default length limit. */
    public static final ColumnType BINARY = ColumnType.of(Kind.BINARY);
    /** Bytes of any length. */
    public static final ColumnType BLOB = ColumnType.of(Kind.BLOB);
    /** A JSON document (stored as text where the database has no JSON type). */
    public static final ColumnType JSON = ColumnType.of(Kind.JSON);
    /** No declared type (SQLite's typeless column). */
    public static final ColumnType UNTYPED = ColumnType.of(Kind.UNTYPED);

    /** A UUID (stored as text where the database has no UUID type). */
    public static final ColumnType UUID = ColumnType.of(Kind.UUID);

    private Types() {
    }

    /** Text of at most {@code length} characters (VARCHAR). */
    public static ColumnType string(int length) {
        return new ColumnType(Kind.STRING, length, null, null, null);
    }

    /** Bytes of at most {@code length}. */
    public static ColumnType binary(int length) {
        return new ColumnType(Kind.BINARY, length, null, null, null);
    }

    /** An exact decimal of {@code precision} digits, {@code scale} after the point. */
    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType(Kind.NUMERIC, null, precision, scale, null);
    }

    /** A type spelled in SQL, passed to the database as written (not portable). */
    public static ColumnType raw(String sqlType) {
        return new ColumnType(Kind.RAW, null, null, null, sqlType);
    }
}
