package dev.retort.dialect.sqlite;

import dev.retort.schema.Names;
import dev.retort.dialect.JdbcInspector;
import dev.retort.dialect.sqlite.SqliteTableSql.ConstraintSql;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Deferrable;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.Unsupported;
import dev.retort.schema.View;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a live SQLite database into the neutral model. The PRAGMAs (table_xinfo, foreign_key_list,
 * index_list, index_xinfo) give columns, keys and indexes; what they leave out (constraint names, CHECK
 * constraints, AUTOINCREMENT) comes from the table's CREATE TABLE text (see {@link SqliteTableSql}).
 * SQLite's own tables (sqlite_%) and Retort's (retort_%) are left out, as are the shadow tables a virtual
 * table keeps its data in (PRAGMA table_list says which: sqlite.org/pragma.html#pragma_table_list); the
 * virtual table itself reads as a table without columns whose options hold its module text.
 */
public final class SqliteInspector extends JdbcInspector {

    /** A trigger, kept as the SQL that created it, so a rebuild can create it again. */
    public record Trigger(String name, String table, String sql) {
    }

    @Override
    protected String databaseName() {
        return "SQLite";
    }

    @Override
    protected Schema readSchema(Connection connection) throws SQLException {
        List<Table> tables = new ArrayList<>();
        List<Unsupported> unsupported = new ArrayList<>();
        for (String name : tables(connection, true)) {
            String create = createSql(connection, name);
            if (isVirtual(create)) {
                tables.add(new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                        Map.of(SqliteTableOptions.VIRTUAL, SqliteTableOptions.moduleOf(create)), null));
                continue;
            }
            tables.add(read(connection, name).orElseThrow());
            unsupported.addAll(SqliteLeftOut.of(name, SqliteTableSql.parse(create)));
        }
        List<dev.retort.schema.Trigger> triggers = new ArrayList<>();
        for (Trigger trigger : allTriggers(connection)) {
            triggers.add(new dev.retort.schema.Trigger(trigger.name(), trigger.table(), trigger.sql()));
        }
        return new Schema(tables, views(connection), triggers, unsupported);
    }

    @Override
    protected Optional<Table> readTable(Connection connection, String name) throws SQLException {
        return read(connection, name);
    }

    /** Ordinary tables, in name order, without sqlite_%, retort_%, virtual and shadow tables. */
    public List<String> tableNames(Connection connection) throws SQLException {
        return tables(connection, false);
    }

    /** Tables in name order without sqlite_%, retort_% and shadow tables; virtual tables when asked for. */
    private static List<String> tables(Connection connection, boolean withVirtual) throws SQLException {
        List<String> names = new ArrayList<>();
        String sql = "SELECT m.name, m.sql, (SELECT l.type FROM pragma_table_list l WHERE l.schema = 'main'"
                + " AND l.name = m.name) FROM sqlite_master m WHERE m.type = 'table'"
                + " AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.name NOT LIKE 'retort\\_%' ESCAPE '\\'"
                + " ORDER BY m.name";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                boolean virtual = isVirtual(rs.getString(2));
                if (!"shadow".equals(rs.getString(3)) && (withVirtual || !virtual)) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static boolean isVirtual(String createSql) {
        return createSql != null && createSql.stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("CREATE VIRTUAL");
    }

    public List<View> views(Connection connection) throws SQLException {
        List<View> views = new ArrayList<>();
        String sql = "SELECT name, sql FROM sqlite_master WHERE type = 'view'"
                + " AND name NOT LIKE 'retort\\_%' ESCAPE '\\' ORDER BY name";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                views.add(SqliteViewSql.parse(rs.getString(1), rs.getString(2)));
            }
        }
        return views;
    }

    /** Every trigger, in creation order, without Retort's own. */
    public List<Trigger> allTriggers(Connection connection) throws SQLException {
        List<Trigger> triggers = new ArrayList<>();
        String sql = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
                + " AND tbl_name NOT LIKE 'retort\\_%' ESCAPE '\\' ORDER BY rowid";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                triggers.add(new Trigger(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return triggers;
    }

    /** Triggers defined ON {@code table}, in creation order. */
    public List<Trigger> triggers(Connection connection, String table) throws SQLException {
        List<Trigger> triggers = new ArrayList<>();
        String sql = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE"
                + " ORDER BY rowid";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    triggers.add(new Trigger(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return triggers;
    }

    /** The CREATE TABLE text as sqlite_master keeps it, or null when there is no such table. */
    public String createSql(Connection connection, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Optional<Table> read(Connection connection, String table) throws SQLException {
        String create = createSql(connection, table);
        if (create == null) {
            return Optional.empty();
        }
        String name = canonicalName(connection, table);
        SqliteTableSql parsed = SqliteTableSql.parse(create);
        List<Column> columns = new ArrayList<>();
        Map<Integer, String> pkColumns = new TreeMap<>();
        String q = SqliteIdentifiers.quote(name);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_xinfo(" + q + ")")) {
            while (rs.next()) {
                // hidden: 1 a virtual table's hidden column, 2 and 3 generated VIRTUAL and STORED (sqlite.org/pragma.html).
                if (rs.getInt("hidden") == 1) {
                    continue;
                }
                String column = rs.getString("name");
                int pk = rs.getInt("pk");
                boolean notNull = rs.getInt("notnull") == 1;
                if (pk > 0) {
                    pkColumns.put(pk, column);
                }
                SqliteTableSql.ColumnSql declared = parsed.columns().stream()
                        .filter(c -> c.name().equalsIgnoreCase(column)).findFirst().orElse(null);
                Column read = new Column(column, SqliteTypes.parse(rs.getString("type")), !notNull,
                        rs.getString("dflt_value"), false, false, false, null);
                if (declared != null) {
                    read = read.collate(declared.collation()).withGenerated(declared.generated());
                }
                columns.add(read);
            }
        }
        PrimaryKey primaryKey = null;
        if (!pkColumns.isEmpty()) {
            List<String> pk = List.copyOf(pkColumns.values());
            String pkName = parsed.allConstraints().stream().filter(c -> c.kind().equals("PRIMARY KEY"))
                    .map(ConstraintSql::name).filter(n -> n != null).findFirst().orElse(null);
            primaryKey = new PrimaryKey(pkName, pk);
            if (pk.size() == 1) {
                columns = markRowidAlias(columns, pk.get(0), parsed);
            }
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        readIndexes(connection, name, parsed, uniques, indexes);
        List<ForeignKey> foreignKeys = foreignKeys(connection, name, parsed);
        List<CheckConstraint> checks = new ArrayList<>();
        for (ConstraintSql c : parsed.allConstraints()) {
            if (c.kind().equals("CHECK")) {
                checks.add(new CheckConstraint(c.name(), c.expression()));
            }
        }
        java.util.Map<String, String> options = SqliteTableOptions.parse(parsed.options());
        if (options.containsKey(SqliteTableOptions.WITHOUT_ROWID) && primaryKey != null) {
            columns = declaredNullability(columns, primaryKey, parsed);
        }
        return Optional.of(new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, options, null));
    }

    /**
     * A one-column INTEGER primary key is the rowid (sqlite.org/lang_createtable.html#rowid), and AUTOINCREMENT
     * can only sit on it. It never holds NULL, but it keeps the nullability it was declared with (PRAGMA
     * table_info's notnull), so the table is created again as it was; the diff does not compare a key
     * column's nullability.
     */
    private static List<Column> markRowidAlias(List<Column> columns, String pkColumn, SqliteTableSql parsed) {
        List<Column> marked = new ArrayList<>();
        for (Column column : columns) {
            boolean alias = column.name().equals(pkColumn) && column.type().kind() == dev.retort.schema.ColumnType.Kind.INTEGER;
            if (alias) {
                if (parsed.autoIncrement()) {
                    column = column.autoIncrement();
                }
            }
            marked.add(column);
        }
        return marked;
    }

    /**
     * A WITHOUT ROWID table's key columns are NOT NULL whether declared so or not, and PRAGMA table_info says
     * notnull for them (sqlite.org/withoutrowid.html, 2.0); they read as declared, so a rebuild to a rowid
     * table gives back the table as it was written.
     */
    private static List<Column> declaredNullability(List<Column> columns, PrimaryKey primaryKey, SqliteTableSql parsed) {
        List<Column> read = new ArrayList<>();
        for (Column column : columns) {
            boolean key = primaryKey.columns().stream().anyMatch(column.name()::equalsIgnoreCase);
            boolean declaredNotNull = parsed.columns().stream().filter(c -> c.name().equalsIgnoreCase(column.name()))
                    .flatMap(c -> c.constraints().stream()).anyMatch(c -> c.kind().equals("NOT NULL"));
            read.add(key && !declaredNotNull ? column.nullable() : column);
        }
        return read;
    }

    private static String canonicalName(Connection connection, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : table;
            }
        }
    }

    private void readIndexes(Connection connection, String table, SqliteTableSql parsed,
                             List<UniqueConstraint> uniques, List<Index> indexes) throws SQLException {
        record Listed(String name, boolean unique, String origin) {
        }
        List<Listed> listed = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA index_list(" + SqliteIdentifiers.quote(table) + ")")) {
            while (rs.next()) {
                listed.add(new Listed(rs.getString("name"), rs.getInt("unique") == 1, rs.getString("origin")));
            }
        }
        // sqlite_autoindex_<table>_<N>: N follows the declaration order of the UNIQUE constraints.
        listed.sort(Comparator.comparing((Listed l) -> !l.origin().equals("u"))
                .thenComparingInt(l -> autoindexNumber(l.name())).thenComparing(Listed::name));
        List<ConstraintSql> namedUniques = new ArrayList<>(parsed.allConstraints().stream()
                .filter(c -> c.kind().equals("UNIQUE")).toList());
        for (Listed index : listed) {
            if (index.origin().equals("u")) {
                List<String> columns = indexColumns(connection, index.name());
                String name = takeName(namedUniques, columns);
                uniques.add(new UniqueConstraint(name, columns));
            } else if (index.origin().equals("c")) {
                String sql = indexSql(connection, index.name());
                SqliteIndexSql parsedIndex = SqliteIndexSql.parse(sql);
                indexes.add(new Index(index.name(), table, parsedIndex.terms(), index.unique(), parsedIndex.where()));
            }
        }
        indexes.sort(Comparator.comparing(Index::name));
    }

    private static int autoindexNumber(String name) {
        int underscore = name.lastIndexOf('_');
        try {
            return Integer.parseInt(name.substring(underscore + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Takes the first parsed constraint on exactly these columns and returns its name (null when unnamed). */
    private static String takeName(List<ConstraintSql> candidates, List<String> columns) {
        ConstraintSql taken = take(candidates, columns);
        return taken == null ? null : taken.name();
    }

    /** Takes the first parsed constraint on exactly these columns, or null. */
    private static ConstraintSql take(List<ConstraintSql> candidates, List<String> columns) {
        for (int i = 0; i < candidates.size(); i++) {
            if (Names.same(candidates.get(i).columns(), columns)) {
                return candidates.remove(i);
            }
        }
        return null;
    }

    private static List<String> indexColumns(Connection connection, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA index_info(" + SqliteIdentifiers.quote(index) + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        return columns;
    }

    private static String indexSql(Connection connection, String index) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            st.setString(1, index);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private List<ForeignKey> foreignKeys(Connection connection, String table, SqliteTableSql parsed) throws SQLException {
        record Part(String refTable, String from, String to, String onUpdate, String onDelete) {
        }
        Map<Integer, List<Part>> byId = new TreeMap<>(Comparator.reverseOrder());
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(" + SqliteIdentifiers.quote(table) + ")")) {
            while (rs.next()) {
                byId.computeIfAbsent(rs.getInt("id"), k -> new ArrayList<>()).add(new Part(rs.getString("table"),
                        rs.getString("from"), rs.getString("to"), rs.getString("on_update"), rs.getString("on_delete")));
            }
        }
        List<ConstraintSql> declared = new ArrayList<>(parsed.allConstraints().stream()
                .filter(c -> c.kind().equals("FOREIGN KEY")).toList());
        List<ForeignKey> keys = new ArrayList<>();
        Map<String, List<String>> parentKeys = new LinkedHashMap<>();
        // PRAGMA foreign_key_list numbers the keys from the last declared one; reverse order restores declaration order.
        for (List<Part> parts : byId.values()) {
            List<String> from = parts.stream().map(Part::from).toList();
            List<String> to = parts.stream().map(Part::to).toList();
            String refTable = parts.get(0).refTable();
            if (to.stream().anyMatch(c -> c == null)) {
                List<String> parentPk = parentKeys.computeIfAbsent(refTable, t -> primaryKeyOf(connection, t));
                to = parentPk.size() == from.size() ? parentPk : from;
            }
            ConstraintSql clause = take(declared, from);
            keys.add(new ForeignKey(clause == null ? null : clause.name(), from, refTable, to,
                    FkAction.parse(parts.get(0).onDelete()), FkAction.parse(parts.get(0).onUpdate()),
                    Deferrable.parse(clause == null ? null : clause.deferrable()), clause == null ? null : clause.match()));
        }
        return keys;
    }

    private static List<String> primaryKeyOf(Connection connection, String table) {
        Map<Integer, String> pk = new TreeMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + SqliteIdentifiers.quote(table) + ")")) {
            while (rs.next()) {
                if (rs.getInt("pk") > 0) {
                    pk.put(rs.getInt("pk"), rs.getString("name"));
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return List.copyOf(pk.values());
    }
}
