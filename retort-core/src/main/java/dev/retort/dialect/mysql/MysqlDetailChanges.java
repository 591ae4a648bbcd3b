package dev.retort.dialect.mysql;

import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statements that change a column's or table's comment, collation and options on MySQL, each with its
 * reverse. A column is restated whole with {@code MODIFY COLUMN}, as MySQL requires; a table takes
 * {@code ALTER TABLE ... ENGINE=, COMMENT=, DEFAULT CHARSET= COLLATE=} (dev.mysql.com/doc/refman/8.0/en/alter-table.html),
 * which changes the default for new columns while each existing column keeps its own.
 */
final class MysqlDetailChanges {
    /** The engine a table goes back to when the models name none: every server's default since MySQL 5.5. */
    private static final String DEFAULT_ENGINE = "InnoDB";

    private MysqlDetailChanges() {
    }

    static List<Operation> column(String table, Column current, Column target) {
        return List.of(new Execute(MysqlDdlRenderer.modifyColumn(table, target, MysqlColumnExtras.NONE), MysqlProvider.NAME,
                MysqlDdlRenderer.modifyColumn(table, current, MysqlColumnExtras.NONE)));
    }

    /**
     * A changed collation converts every column ({@code CONVERT TO CHARACTER SET}), as a table whose columns follow
     * its default needs; the columns that name their own collation are then restated. The pair is written so that
     * each half's reverse is right where it runs: downgraded, the table is converted back first, then its own
     * columns restated.
     */
    static List<Operation> table(Table current, Table target) {
        String forward = alter(target, current);
        String back = alter(current, target);
        if (forward == null) {
            return List.of();
        }
        if (Objects.equals(current.options().get(MysqlOptions.COLLATION), target.options().get(MysqlOptions.COLLATION))) {
            return List.of(new Execute(forward, MysqlProvider.NAME, back));
        }
        return List.of(new Execute(forward, MysqlProvider.NAME, restate(current)),
                new Execute(restate(target), MysqlProvider.NAME, back));
    }

    /**
     * MODIFY for each column that names its own collation, and for each TEXT column, which CONVERT enlarges to
     * MEDIUMTEXT when the new character set takes more bytes a character (alter-table.html, "CONVERT TO"); a
     * statement that does nothing when there is no such column.
     */
    private static String restate(Table table) {
        List<String> clauses = new ArrayList<>();
        for (Column column : table.columns()) {
            boolean text = column.type().kind() == ColumnType.Kind.TEXT || column.type().kind() == ColumnType.Kind.RAW
                    && column.type().raw().toUpperCase(java.util.Locale.ROOT).endsWith("TEXT");
            if (column.collation() != null || text) {
                clauses.add("MODIFY COLUMN " + MysqlDdlRenderer.columnDefinition(column, MysqlColumnExtras.NONE));
            }
        }
        return clauses.isEmpty() ? "DO 0" : "ALTER TABLE " + MysqlIdentifiers.quote(table.name()) + " " + String.join(", ", clauses);
    }

    /** ALTER TABLE giving {@code to} the options in which it differs from {@code from}. */
    private static String alter(Table to, Table from) {
        List<String> clauses = new ArrayList<>();
        String engine = to.options().get(MysqlOptions.ENGINE);
        if (!Objects.equals(engine, from.options().get(MysqlOptions.ENGINE))) {
            clauses.add("ENGINE=" + (engine == null ? DEFAULT_ENGINE : engine));
        }
        String collation = to.options().get(MysqlOptions.COLLATION);
        if (!Objects.equals(collation, from.options().get(MysqlOptions.COLLATION))) {
            // MariaDB takes DEFAULT for "the database's character set" (mariadb.com/kb/en/alter-table).
            clauses.add(collation == null ? "CONVERT TO CHARACTER SET DEFAULT"
                    : "CONVERT TO CHARACTER SET " + MysqlDdlRenderer.charsetOf(collation) + " COLLATE " + collation);
        }
        if (!Objects.equals(to.comment(), from.comment())) {
            clauses.add("COMMENT=" + MysqlIdentifiers.literal(to.comment() == null ? "" : to.comment()));
        }
        return clauses.isEmpty() ? null : "ALTER TABLE " + MysqlIdentifiers.quote(to.name()) + " " + String.join(", ", clauses);
    }
}
