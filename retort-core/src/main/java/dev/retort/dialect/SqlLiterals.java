package dev.retort.dialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.HexFormat;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Java values as SQL literals, for {@code bulkInsert} text that serves an online run and {@code --sql}
 * alike. Numbers, NULL, dates and strings are spelled the same everywhere; a dialect says only how it
 * writes booleans, the doubles that have no decimal spelling (NaN, infinities) and bytes, and how it
 * quotes a string.
 *
 * @param nonFinite the literal for NaN or an infinity (NULL where no column can hold one)
 * @param text      a string as a quoted literal
 */
public record SqlLiterals(String trueLiteral, String falseLiteral, DoubleFunction<String> nonFinite,
                          Function<byte[], String> bytes, UnaryOperator<String> text) {

    /** {@code X'0A1B'}: the hex blob literal SQLite and MySQL share. */
    public static String hexBlob(byte[] bytes) {
        return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
    }

    public String of(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return b ? trueLiteral : falseLiteral;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? nonFinite.apply(d) : value.toString();
        }
        if (value instanceof byte[] b) {
            return bytes.apply(b);
        }
        if (value instanceof Date || value instanceof TemporalAccessor) {
            // ISO-8601 text, which every supported database reads in a date or time context.
            return text.apply(value.toString());
        }
        return text.apply(String.valueOf(value));
    }
}
