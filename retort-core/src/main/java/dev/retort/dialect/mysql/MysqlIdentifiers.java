package dev.retort.dialect.mysql;

import dev.retort.sql.SqlFlavor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Quoting for MySQL. Every identifier is written in backticks: MySQL's reserved words grow with each
 * release (RANK, GROUPS and LATERAL became reserved in 8.0), so a name that is safe bare today may not
 * be after an upgrade. {@code mysqldump} quotes the same way.
 */
public final class MysqlIdentifiers {
    /**
     * How MySQL and MariaDB write SQL: a backslash escapes in strings (dev.mysql.com/doc/refman/8.0/en/string-literals.html),
     * {@code #} starts a comment and {@code /*! ... *}{@code /} is run, not skipped (.../comments.html).
     */
    public static final SqlFlavor FLAVOR = new SqlFlavor(false, true, true, true, false);
    private MysqlIdentifiers() {
    }

    public static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    static String names(List<String> names) {
        return names.stream().map(MysqlIdentifiers::quote).collect(Collectors.joining(", "));
    }

    /**
     * A string literal. Backslashes are doubled because MySQL reads them as escapes unless the
     * NO_BACKSLASH_ESCAPES mode is on; doubled, they mean a backslash in either mode.
     */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
