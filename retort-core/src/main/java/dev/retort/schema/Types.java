package dev.retort.schema;

import dev.retort.schema.ColumnType.Kind;

/** The portable types, for revisions and models: {@code import static dev.retort.schema.Types.*;}. */
public final class Types {
    public static final ColumnType SMALLINT = ColumnType.of(Kind.SMALLINT);
    public static final ColumnType INTEGER = ColumnType.of(Kind.INTEGER);
    public static final ColumnType BIGINT = ColumnType.of(Kind.BIGINT);
    public static final ColumnType BOOLEAN = ColumnType.of(Kind.BOOLEAN);
    public static final ColumnType REAL = ColumnType.of(Kind.REAL);
    public static final ColumnType DOUBLE = ColumnType.of(Kind.DOUBLE);
    public static final ColumnType NUMERIC = ColumnType.of(Kind.NUMERIC);
    public static final ColumnType STRING = ColumnType.of(Kind.STRING);
    public static final ColumnType TEXT = ColumnType.of(Kind.TEXT);
    public static final ColumnType DATE = ColumnType.of(Kind.DATE);
    public static final ColumnType TIME = ColumnType.of(Kind.TIME);
    public static final ColumnType TIMESTAMP = ColumnType.of(Kind.TIMESTAMP);
    public static final ColumnType BINARY = ColumnType.of(Kind.BINARY);
    public static final ColumnType BLOB = ColumnType.of(Kind.BLOB);
    public static final ColumnType JSON = ColumnType.of(Kind.JSON);
    public static final ColumnType UUID = ColumnType.of(Kind.UUID);

    private Types() {
    }

    public static ColumnType string(int length) {
        return new ColumnType(Kind.STRING, length, null, null, null);
    }

    public static ColumnType binary(int length) {
        return new ColumnType(Kind.BINARY, length, null, null, null);
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType(Kind.NUMERIC, null, precision, scale, null);
    }

    public static ColumnType raw(String sqlType) {
        return new ColumnType(Kind.RAW, null, null, null, sqlType);
    }
}
