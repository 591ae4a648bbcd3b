package dev.retort.dialect.mysql;

import dev.retort.error.RetortException;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * What a column has in MySQL beyond the neutral model: a collation other than the table's, a comment,
 * {@code ON UPDATE CURRENT_TIMESTAMP}, INVISIBLE. {@code MODIFY COLUMN} replaces the whole definition, so a
 * change of type or nullability would silently drop these; they are read first and restated.
 *
 * @param generation the expression of a generated column ({@code AS (...)}), or null
 */
record MysqlColumnExtras(String collation, String onUpdate, String comment, boolean invisible, String generation) {
    static final MysqlColumnExtras NONE = new MysqlColumnExtras(null, null, null, false, null);

    /** What the column itself says (the inspector reads all of it into the model). */
    static MysqlColumnExtras of(Column column) {
        return new MysqlColumnExtras(column.collation(), column.options().get(MysqlOptions.ON_UPDATE), column.comment(),
                MysqlOptions.invisible(column), column.generated() == null ? null : column.generated().expression());
    }

    /** These extras, each one that is missing taken from {@code other}. */
    MysqlColumnExtras or(MysqlColumnExtras other) {
        return new MysqlColumnExtras(collation != null ? collation : other.collation,
                onUpdate != null ? onUpdate : other.onUpdate, comment != null ? comment : other.comment,
                invisible || other.invisible, generation != null ? generation : other.generation);
    }

    static MysqlColumnExtras read(Connection connection, String table, String column) {
        String sql = "SELECT c.COLLATION_NAME, t.TABLE_COLLATION, c.EXTRA, c.COLUMN_COMMENT, c.GENERATION_EXPRESSION"
                + " FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
                + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                + " WHERE c.TABLE_SCHEMA = DATABASE() AND c.TABLE_NAME = ? AND c.COLUMN_NAME = ?";
        try {
            List<List<String>> rows = MysqlQueries.rows(connection, sql, table, column);
            if (rows.isEmpty()) {
                return NONE;
            }
            List<String> row = rows.get(0);
            String collation = row.get(0);
            String extra = row.get(2) == null ? "" : row.get(2).toLowerCase(Locale.ROOT);
            int onUpdate = extra.indexOf("on update ");
            String comment = row.get(3);
            String generation = extra.contains("generated") && row.get(4) != null ? row.get(4) : null;
            return new MysqlColumnExtras(collation != null && !collation.equals(row.get(1)) ? collation : null,
                    onUpdate < 0 ? null : extra.substring(onUpdate + "on update ".length()).strip().toUpperCase(Locale.ROOT),
                    comment == null || comment.isEmpty() ? null : comment, extra.contains("invisible"), generation);
        } catch (SQLException e) {
            throw new RetortException("could not read column " + table + "." + column + " from MySQL: " + e.getMessage(), e);
        }
    }

    /**
     * Right after the type: {@code COLLATE x}, only for a type that still holds text (MariaDB's JSON has its
     * own binary collation, which comes with the type).
     */
    String afterType(ColumnType newType) {
        boolean text = newType.kind() == Kind.STRING || newType.kind() == Kind.TEXT || newType.kind() == Kind.UUID
                || newType.kind() == Kind.RAW && newType.raw().toUpperCase(Locale.ROOT).matches(".*(CHAR|TEXT|ENUM|SET).*");
        return collation != null && text ? " COLLATE " + collation : "";
    }

    /** At the end of the definition: {@code ON UPDATE ...} (only for a type that still takes one), INVISIBLE, the comment. */
    String tail(ColumnType newType) {
        StringBuilder sql = new StringBuilder();
        boolean temporal = newType.kind() == Kind.TIMESTAMP
                || newType.kind() == Kind.RAW && newType.raw().toUpperCase(Locale.ROOT).matches("(DATETIME|TIMESTAMP).*");
        if (onUpdate != null && temporal) {
            sql.append(" ON UPDATE ").append(onUpdate);
        }
        if (invisible) {
            sql.append(" INVISIBLE");
        }
        if (comment != null) {
            sql.append(" COMMENT ").append(MysqlIdentifiers.literal(comment));
        }
        return sql.toString();
    }
}
