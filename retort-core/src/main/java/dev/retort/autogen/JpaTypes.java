package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ColumnType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.BLOB;
import static dev.retort.schema.Types.BOOLEAN;
import static dev.retort.schema.Types.DATE;
import static dev.retort.schema.Types.DOUBLE;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.NUMERIC;
import static dev.retort.schema.Types.REAL;
import static dev.retort.schema.Types.SMALLINT;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.TIME;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.numeric;
import static dev.retort.schema.Types.string;

/** The portable column type of a JPA basic attribute, from its Java type and annotations. */
final class JpaTypes {
    /** JPA's default length for string columns ({@code @Column(length)} defaults to 255). */
    static final int DEFAULT_LENGTH = 255;

    private static final Map<Class<?>, ColumnType> SIMPLE = Map.ofEntries(
            Map.entry(long.class, BIGINT), Map.entry(Long.class, BIGINT),
            Map.entry(int.class, INTEGER), Map.entry(Integer.class, INTEGER),
            Map.entry(short.class, SMALLINT), Map.entry(Short.class, SMALLINT),
            Map.entry(byte.class, SMALLINT), Map.entry(Byte.class, SMALLINT),
            Map.entry(boolean.class, BOOLEAN), Map.entry(Boolean.class, BOOLEAN),
            Map.entry(double.class, DOUBLE), Map.entry(Double.class, DOUBLE),
            Map.entry(float.class, REAL), Map.entry(Float.class, REAL),
            Map.entry(char.class, string(1)), Map.entry(Character.class, string(1)),
            Map.entry(Instant.class, TIMESTAMP), Map.entry(LocalDateTime.class, TIMESTAMP),
            Map.entry(OffsetDateTime.class, TIMESTAMP), Map.entry(ZonedDateTime.class, TIMESTAMP),
            Map.entry(java.sql.Timestamp.class, TIMESTAMP),
            Map.entry(LocalDate.class, DATE), Map.entry(java.sql.Date.class, DATE),
            Map.entry(LocalTime.class, TIME), Map.entry(OffsetTime.class, TIME), Map.entry(java.sql.Time.class, TIME),
            Map.entry(UUID.class, dev.retort.schema.Types.UUID),
            Map.entry(byte[].class, BLOB), Map.entry(Byte[].class, BLOB));

    private JpaTypes() {
    }

    /**
     * @param column the {@code @Column} in force (an {@code @AttributeOverride}'s or the field's), or null
     * @param where  {@code Entity.field}, for messages
     */
    static ColumnType of(Field field, Column column, String where) {
        Class<?> type = converted(field, where);
        int length = column == null ? DEFAULT_LENGTH : column.length();
        if (type.isEnum()) {
            Enumerated enumerated = field.getAnnotation(Enumerated.class);
            boolean byName = enumerated != null && enumerated.value() == EnumType.STRING;
            return byName ? string(length) : INTEGER;
        }
        boolean text = type == String.class || type == char[].class || type == Character[].class;
        if (field.isAnnotationPresent(Lob.class)) {
            return text ? TEXT : BLOB;
        }
        if (text) {
            return string(length);
        }
        if (type == BigDecimal.class || type == BigInteger.class) {
            int precision = column == null ? 0 : column.precision();
            int scale = type == BigInteger.class || column == null ? 0 : column.scale();
            return precision > 0 ? numeric(precision, scale) : NUMERIC;
        }
        if (Date.class == type || Calendar.class.isAssignableFrom(type)) {
            Temporal temporal = field.getAnnotation(Temporal.class);
            if (temporal == null) {
                return TIMESTAMP;
            }
            return switch (temporal.value()) {
                case DATE -> DATE;
                case TIME -> TIME;
                case TIMESTAMP -> TIMESTAMP;
            };
        }
        ColumnType simple = SIMPLE.get(type);
        if (simple == null) {
            throw new RetortException(where + ": Retort cannot tell the column type of " + type.getName()
                    + "; give the field @Column(columnDefinition = \"<SQL type>\") or mark it @Transient");
        }
        return simple;
    }

    /**
     * The CHECK Hibernate 6 writes for an enum column, or null when the field is no enum (or a converter stores
     * it): the names for {@code EnumType.STRING}, the range of ordinals otherwise, so a changed value list
     * becomes a changed constraint.
     */
    static CheckConstraint enumCheck(Field field, String column, String where) {
        Class<?> type = converted(field, where);
        if (!type.isEnum() || type != field.getType()) {
            return null;
        }
        Object[] values = type.getEnumConstants();
        Enumerated enumerated = field.getAnnotation(Enumerated.class);
        if (enumerated != null && enumerated.value() == EnumType.STRING) {
            StringJoiner names = new StringJoiner(",", column + " IN (", ")");
            for (Object value : values) {
                names.add("'" + ((Enum<?>) value).name().replace("'", "''") + "'");
            }
            return CheckConstraint.check(names.toString());
        }
        return CheckConstraint.check(column + " BETWEEN 0 AND " + (values.length - 1));
    }

    /** The Java type stored: the converter's database-side type when {@code @Convert} names one. */
    private static Class<?> converted(Field field, String where) {
        Convert convert = field.getAnnotation(Convert.class);
        if (convert == null || convert.disableConversion() || convert.converter() == void.class) {
            return field.getType();
        }
        for (Class<?> c = convert.converter(); c != null; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && p.getRawType() == AttributeConverter.class
                        && p.getActualTypeArguments()[1] instanceof Class<?> stored) {
                    return stored;
                }
            }
        }
        throw new RetortException(where + ": cannot tell what " + convert.converter().getName()
                + " stores; give the field @Column(columnDefinition = \"<SQL type>\")");
    }
}
