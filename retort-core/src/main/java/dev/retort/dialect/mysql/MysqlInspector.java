package dev.retort.dialect.mysql;

import dev.retort.dialect.JdbcInspector;
import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Generated;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.Types;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the connection's current database from information_schema into the neutral model. Left out:
 * Retort's own tables, MariaDB's {@code CHECK (json_valid(col))} on JSON columns (the column reads as
 * JSON instead), and the index InnoDB adds for a foreign key that has none to use (see
 * {@link MysqlForeignKeyIndexes}). RESTRICT reads as NO ACTION: InnoDB treats the two alike, and MariaDB
 * reports a key declared without an action as RESTRICT.
 */
public final class MysqlInspector extends JdbcInspector {
    private static final Set<String> RETORT_TABLES = Set.of("retort_version", "retort_log");
    private static final Pattern JSON_VALID = Pattern.compile("(?i)json_valid\\(`((?:[^`]|``)+)`\\)");

    /** A MariaDB column-level {@code CHECK (json_valid(col))}: JSON when {@code col} is LONGTEXT. */
    private record JsonCheck(String column, String name, String clause) {
    }

    @Override
    protected String databaseName() {
        return "MySQL";
    }

    @Override
    protected Schema readSchema(Connection connection) throws SQLException {
        MysqlServer server = MysqlServer.of(connection);
        List<Table> tables = new ArrayList<>();
        for (String name : tableNames(connection)) {
            tables.add(read(connection, server, name).orElseThrow());
        }
        return new Schema(tables, views(connection), triggers(connection), List.of());
    }

    @Override
    protected Optional<Table> readTable(Connection connection, String name) throws SQLException {
        return read(connection, MysqlServer.of(connection), name);
    }

    /** Base tables of the current database, in name order, without Retort's history tables. */
    public List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        for (List<String> row : query(connection, "SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            if (!RETORT_TABLES.contains(row.get(0).toLowerCase(Locale.ROOT))) {
                names.add(row.get(0));
            }
        }
        return names;
    }

    /**
     * Views as the server stores them. The server qualifies every name with the database (`app`.`t`.`c`);
     * that qualifier is taken off, so the query compares with a scratch database's and creates the view in
     * the database a revision runs on rather than the one it was read from.
     */
    public List<View> views(Connection connection) throws SQLException {
        List<View> views = new ArrayList<>();
        for (List<String> row : query(connection, "SELECT TABLE_NAME, VIEW_DEFINITION, DATABASE() FROM information_schema.VIEWS"
                + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")) {
            views.add(new View(row.get(0), row.get(1).replace(MysqlIdentifiers.quote(row.get(2)) + ".", "")));
        }
        return views;
    }

    /**
     * Triggers, put back together from information_schema.TRIGGERS as {@code CREATE TRIGGER name timing event
     * ON table FOR EACH ROW body} (the DEFINER left out: it names the account that read the schema).
     */
    public List<dev.retort.schema.Trigger> triggers(Connection connection) throws SQLException {
        List<dev.retort.schema.Trigger> triggers = new ArrayList<>();
        for (List<String> row : query(connection, "SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION,"
                + " EVENT_OBJECT_TABLE, ACTION_STATEMENT, DATABASE() FROM information_schema.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER")) {
            if (RETORT_TABLES.contains(row.get(3).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String body = row.get(4).replace(MysqlIdentifiers.quote(row.get(5)) + ".", "");
            triggers.add(new dev.retort.schema.Trigger(row.get(0), row.get(3), "CREATE TRIGGER "
                    + MysqlIdentifiers.quote(row.get(0)) + " " + row.get(1) + " " + row.get(2) + " ON "
                    + MysqlIdentifiers.quote(row.get(3)) + " FOR EACH ROW " + body));
        }
        return triggers;
    }

    private Optional<Table> read(Connection connection, MysqlServer server, String table) throws SQLException {
        List<List<String>> found = query(connection, "SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'", table);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String name = found.get(0).get(0);
        List<CheckConstraint> checks = new ArrayList<>();
        List<JsonCheck> jsonChecks = new ArrayList<>();
        readChecks(connection, server, name, checks, jsonChecks);
        List<String> tableRow = query(connection, "SELECT t.ENGINE, t.TABLE_COLLATION, t.TABLE_COMMENT,"
                + " s.DEFAULT_COLLATION_NAME, @@default_storage_engine FROM information_schema.TABLES t"
                + " JOIN information_schema.SCHEMATA s ON s.SCHEMA_NAME = t.TABLE_SCHEMA"
                + " WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = ?", name).get(0);
        List<Column> columns = columns(connection, server, name, tableRow.get(1), jsonChecks);
        for (JsonCheck check : jsonChecks) {
            boolean json = columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(check.column())
                    && c.type().kind() == ColumnType.Kind.JSON);
            if (!json) {
                // The user's own check on a column of another type: it stays a check.
                checks.add(new CheckConstraint(check.name(), MysqlExpressions.readable(check.clause(), false)));
            }
        }
        List<ForeignKey> foreignKeys = foreignKeys(connection, name);
        PrimaryKey[] primaryKey = {null};
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        readIndexes(connection, server, name, foreignKeys, primaryKey, uniques, indexes);
        // Name order, decided here: information_schema's own order follows the server's collation.
        uniques.sort(Comparator.comparing(u -> u.name().toLowerCase(Locale.ROOT)));
        foreignKeys.sort(Comparator.comparing(fk -> fk.name().toLowerCase(Locale.ROOT)));
        checks.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        indexes.sort(Comparator.comparing(i -> i.name().toLowerCase(Locale.ROOT)));
        Map<String, String> options = new LinkedHashMap<>();
        if (tableRow.get(0) != null && !tableRow.get(0).equalsIgnoreCase(tableRow.get(4))) {
            options.put(MysqlOptions.ENGINE, tableRow.get(0));
        }
        if (tableRow.get(1) != null && !tableRow.get(1).equalsIgnoreCase(tableRow.get(3))) {
            options.put(MysqlOptions.COLLATION, tableRow.get(1));
        }
        String comment = tableRow.get(2) == null || tableRow.get(2).isEmpty() ? null : tableRow.get(2);
        return Optional.of(new Table(name, columns, primaryKey[0], uniques, foreignKeys, checks, indexes, options, comment));
    }

    /**
     * The table's columns, each with what MySQL adds to the neutral model: a collation other than the table's,
     * its comment, a generation expression (VIRTUAL, or STORED, which MariaDB also calls PERSISTENT), INVISIBLE,
     * ON UPDATE, and a display width other than the type's own.
     */
    private static List<Column> columns(Connection connection, MysqlServer server, String table, String tableCollation,
                                        List<JsonCheck> jsonChecks) throws SQLException {
        Set<String> json = new HashSet<>();
        jsonChecks.forEach(j -> json.add(j.column().toLowerCase(Locale.ROOT)));
        List<Column> columns = new ArrayList<>();
        for (List<String> row : query(connection, "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
                + " COLLATION_NAME, COLUMN_COMMENT, GENERATION_EXPRESSION"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
                + " ORDER BY ORDINAL_POSITION", table)) {
            String columnName = row.get(0);
            String columnType = row.get(1);
            String extra = row.get(4) == null ? "" : row.get(4).toLowerCase(Locale.ROOT);
            boolean mariadbJson = columnType.equalsIgnoreCase("longtext") && json.contains(columnName.toLowerCase(Locale.ROOT));
            ColumnType type = mariadbJson ? Types.JSON : MysqlTypes.parse(columnType);
            boolean generated = extra.contains("generated") && row.get(7) != null;
            String collation = row.get(5) != null && !row.get(5).equalsIgnoreCase(tableCollation) && !mariadbJson
                    ? row.get(5) : null;
            Column column = new Column(columnName, type, row.get(2).equals("YES"),
                    generated ? null : MysqlDefaults.read(row.get(3), columnType, extra, server),
                    extra.contains("auto_increment"), false, false, null, collation,
                    generated ? new Generated(MysqlExpressions.readable(row.get(7), !server.mariadb()),
                            extra.contains("stored") || extra.contains("persistent")) : null,
                    row.get(6) == null || row.get(6).isEmpty() ? null : row.get(6), Map.of());
            if (extra.contains("invisible")) {
                column = column.withOption(MysqlOptions.INVISIBLE, "true");
            }
            int onUpdate = extra.indexOf("on update ");
            if (onUpdate >= 0) {
                column = column.withOption(MysqlOptions.ON_UPDATE,
                        extra.substring(onUpdate + "on update ".length()).strip().toUpperCase(Locale.ROOT));
            }
            columns.add(column.withOption(MysqlOptions.DISPLAY_WIDTH, MysqlOptions.displayWidth(columnType, type)));
        }
        return columns;
    }

    /**
     * CHECK constraints, by name. MariaDB's information_schema.CHECK_CONSTRAINTS names the table; MySQL's
     * does not (check names are unique per database there), so it is joined with TABLE_CONSTRAINTS.
     */
    private static void readChecks(Connection connection, MysqlServer server, String table,
                                   List<CheckConstraint> checks, List<JsonCheck> jsonChecks) throws SQLException {
        String sql = server.mariadb()
                ? "SELECT CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL FROM information_schema.CHECK_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME"
                : "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, 'Table' FROM information_schema.TABLE_CONSTRAINTS tc"
                + " JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME WHERE tc.TABLE_SCHEMA = DATABASE()"
                + " AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK' ORDER BY cc.CONSTRAINT_NAME";
        for (List<String> row : query(connection, sql, table)) {
            Matcher json = JSON_VALID.matcher(row.get(1).strip());
            if (server.mariadb() && "Column".equalsIgnoreCase(row.get(2)) && json.matches()) {
                jsonChecks.add(new JsonCheck(json.group(1).replace("``", "`"), row.get(0), row.get(1)));
            } else {
                checks.add(new CheckConstraint(row.get(0), MysqlExpressions.readable(row.get(1), !server.mariadb())));
            }
        }
    }

    private static List<ForeignKey> foreignKeys(Connection connection, String table) throws SQLException {
        record Part(String column, String refTable, String refColumn, String onDelete, String onUpdate) {
        }
        Map<String, List<Part>> byName = new LinkedHashMap<>();
        for (List<String> row : query(connection, "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,"
                + " k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE FROM information_schema.KEY_COLUMN_USAGE k"
                + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
                + " AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL"
                + " ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION", table)) {
            byName.computeIfAbsent(row.get(0), k -> new ArrayList<>())
                    .add(new Part(row.get(1), row.get(2), row.get(3), row.get(4), row.get(5)));
        }
        List<ForeignKey> keys = new ArrayList<>();
        byName.forEach((name, parts) -> keys.add(new ForeignKey(name, parts.stream().map(Part::column).toList(),
                parts.get(0).refTable(), parts.stream().map(Part::refColumn).toList(),
                action(parts.get(0).onDelete()), action(parts.get(0).onUpdate()))));
        return keys;
    }

    private static FkAction action(String rule) {
        FkAction action = FkAction.parse(rule);
        return action == FkAction.RESTRICT ? FkAction.NO_ACTION : action;
    }

    /**
     * Every index of {@code table} but the primary key, as the server lists them, including those the
     * model leaves out (unique constraints, the indexes InnoDB made for foreign keys).
     */
    public List<Index> allIndexes(Connection connection, String table) {
        try {
            List<Index> all = new ArrayList<>();
            Map<String, List<String>> columns = new LinkedHashMap<>();
            Map<String, Boolean> unique = new LinkedHashMap<>();
            for (List<String> row : query(connection, "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME <> 'PRIMARY'"
                    + " ORDER BY INDEX_NAME, SEQ_IN_INDEX", table)) {
                columns.computeIfAbsent(row.get(0), n -> new ArrayList<>()).add(String.valueOf(row.get(2)));
                unique.put(row.get(0), row.get(1).equals("0"));
            }
            columns.forEach((name, terms) -> all.add(new Index(name, table, terms, unique.get(name), null)));
            return all;
        } catch (SQLException e) {
            throw new RetortException("could not read the indexes of " + table + " from MySQL: " + e.getMessage(), e);
        }
    }

    private static void readIndexes(Connection connection, MysqlServer server, String table, List<ForeignKey> foreignKeys,
                                    PrimaryKey[] primaryKey, List<UniqueConstraint> uniques, List<Index> indexes)
            throws SQLException {
        record Listed(String name, boolean unique, String comment, String method, List<String> terms) {
        }
        String expression = server.supportsExpressionIndexes() ? "EXPRESSION" : "NULL";
        Map<String, Listed> byName = new LinkedHashMap<>();
        for (List<String> row : query(connection, "SELECT INDEX_NAME, NON_UNIQUE, INDEX_COMMENT, COLUMN_NAME, "
                + expression + ", SUB_PART, INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
                + " ORDER BY INDEX_NAME, SEQ_IN_INDEX", table)) {
            // INDEX_TYPE is BTREE, HASH, FULLTEXT, SPATIAL (or RTREE on MariaDB); a B-tree is the default.
            String method = "BTREE".equalsIgnoreCase(row.get(6)) ? null : row.get(6);
            Listed listed = byName.computeIfAbsent(row.get(0), n -> new Listed(n, row.get(1).equals("0"),
                    row.get(2), method, new ArrayList<>()));
            String term = row.get(3) != null ? row.get(3) : MysqlExpressions.readable(row.get(4), true);
            // A prefix key part keeps its length, written as the renderer reads it: body(20). MariaDB lists a
            // length for a spatial key part too, which CREATE SPATIAL INDEX refuses.
            boolean prefix = row.get(5) != null && method == null || row.get(5) != null && !method.equalsIgnoreCase("SPATIAL");
            listed.terms().add(prefix ? term + "(" + row.get(5) + ")" : term);
        }
        for (Listed index : byName.values()) {
            if (index.name().equals("PRIMARY")) {
                primaryKey[0] = new PrimaryKey(null, index.terms());
            } else if (index.unique() && !MysqlDdlRenderer.UNIQUE_INDEX_COMMENT.equals(index.comment())) {
                uniques.add(new UniqueConstraint(index.name(), index.terms()));
            } else if (index.unique() || !MysqlForeignKeyIndexes.isImplicit(index.name(), index.terms(), foreignKeys)) {
                indexes.add(new Index(index.name(), table, index.terms(), index.unique(), null)
                        .using(MysqlDdlRenderer.indexKind(index.method())));
            }
        }
    }

    private static List<List<String>> query(Connection connection, String sql, String... parameters) throws SQLException {
        return MysqlQueries.rows(connection, sql, parameters);
    }
}
