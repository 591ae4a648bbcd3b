package dev.retort.dialect.mysql;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of the dialect options MySQL and MariaDB columns and tables carry in the neutral model
 * ({@code Column.options()}, {@code Table.options()}). Each is read only where it differs from what the server
 * does anyway, so models that do not mention it (JPA, the DSL) still match: a table's engine when it is not
 * {@code @@default_storage_engine}, its collation when it is not the database's, an integer's display width when
 * it is not the type's own (dev.mysql.com/doc/refman/8.0/en/numeric-type-attributes.html).
 */
final class MysqlOptions {
    /** A column hidden from {@code SELECT *} (MariaDB 10.3+, MySQL 8.0.23+): "true". */
    static final String INVISIBLE = "invisible";
    /** {@code ON UPDATE CURRENT_TIMESTAMP} and the like: the expression. */
    static final String ON_UPDATE = "on update";
    /** An integer's display width where the server keeps it ({@code int(5)}): the number. */
    static final String DISPLAY_WIDTH = "display width";
    /** A table's storage engine: {@code MyISAM}. */
    static final String ENGINE = "engine";
    /** A table's default collation (its character set follows from it): {@code latin1_swedish_ci}. */
    static final String COLLATION = "collation";

    private static final Pattern INTEGER_WIDTH = Pattern.compile("(tinyint|smallint|mediumint|int|bigint)\\((\\d+)\\)( unsigned)?.*");
    private static final Map<String, Integer> SIGNED_WIDTH = Map.of("tinyint", 4, "smallint", 6, "mediumint", 9,
            "int", 11, "bigint", 20);

    private MysqlOptions() {
    }

    /** The display width of an integer COLUMN_TYPE when it is not the type's default, else null. */
    static String displayWidth(String columnType, ColumnType parsed) {
        Matcher m = INTEGER_WIDTH.matcher(columnType.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || !parsed.isInteger()) {
            return null;
        }
        int width = Integer.parseInt(m.group(2));
        int normal = SIGNED_WIDTH.get(m.group(1)) - (m.group(3) != null && !m.group(1).equals("bigint") ? 1 : 0);
        return width == normal ? null : m.group(2);
    }

    /** Whether the column is INVISIBLE. */
    static boolean invisible(Column column) {
        return "true".equalsIgnoreCase(column.options().get(INVISIBLE));
    }
}
