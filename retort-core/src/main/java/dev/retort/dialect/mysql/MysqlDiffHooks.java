package dev.retort.dialect.mysql;

import dev.retort.autogen.DiffHooks;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How autogenerate compares a MySQL database with the models. A model's type is compared as the type
 * MySQL would store for it (STRING without length is VARCHAR(255), NUMERIC is DECIMAL(10, 0),
 * INT(11) is INTEGER); defaults compare as values ({@code 0} and {@code 0.00}, {@code TRUE} and {@code 1},
 * {@code now()} and {@code CURRENT_TIMESTAMP} are each the same).
 */
public class MysqlDiffHooks extends DiffHooks {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern NOW = Pattern.compile("(?i)\\(?\\s*(current_timestamp|now|localtimestamp)(\\(\\s*\\))?\\s*\\)?");

    @Override
    public ColumnType canonical(ColumnType type) {
        return MysqlTypes.stored(type);
    }

    /** Unlike SQLite, MySQL stores a generated key in the declared integer width: INT and BIGINT differ. */
    @Override
    public boolean sameGeneratedKeyType(ColumnType current, ColumnType target) {
        return sameType(current, target);
    }

    @Override
    public boolean sameDefault(String current, String target) {
        return super.sameDefault(value(current), value(target));
    }

    @Override
    public boolean sameExpression(String current, String target) {
        if (current == null || target == null) {
            return current == target;
        }
        return super.sameExpression(current, target)
                || MysqlExpressions.comparable(current).equals(MysqlExpressions.comparable(target));
    }

    @Override
    public List<Operation> alterColumnDetails(String table, Column current, Column target) {
        return sameGeneration(current, target) ? MysqlDetailChanges.column(table, current, target)
                : regenerate(table, current, target);
    }

    @Override
    public List<Operation> alterTableDetails(Table current, Table target) {
        return MysqlDetailChanges.table(current, target);
    }

    @Override
    public String dialectName() {
        return MysqlProvider.NAME;
    }

    private static String value(String sql) {
        if (sql == null) {
            return null;
        }
        String text = MysqlExpressions.stripOuterParentheses(sql.strip());
        if (NUMBER.matcher(text).matches()) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "TRUE" -> "1";
            case "FALSE" -> "0";
            default -> NOW.matcher(text).matches() ? "CURRENT_TIMESTAMP" : sql;
        };
    }
}
