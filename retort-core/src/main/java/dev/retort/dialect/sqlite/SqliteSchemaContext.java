package dev.retort.dialect.sqlite;

import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;
import dev.retort.error.RetortException;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the rest of the database says about one table: the views and triggers that mention it, the
 * foreign keys of other tables that point at it. Read once per table change, from the connection.
 */
final class SqliteSchemaContext {
    record SchemaObject(String type, String name, String table, String sql) {
    }

    record Reference(String childTable, ForeignKey key) {
    }

    private final Connection connection;
    private List<SchemaObject> viewsAndTriggers;
    private Map<String, List<ForeignKey>> keysByTable;

    SqliteSchemaContext(Connection connection) {
        this.connection = connection;
    }

    /** Views and triggers anywhere in the database whose SQL names {@code identifier} (a table or column). */
    List<SchemaObject> mentioning(String identifier) {
        List<SchemaObject> found = new ArrayList<>();
        for (SchemaObject object : viewsAndTriggers()) {
            if (mentions(object.sql(), identifier)) {
                found.add(object);
            }
        }
        return found;
    }

    List<SchemaObject> viewsMentioning(String table) {
        return mentioning(table).stream().filter(o -> o.type().equals("view")).toList();
    }

    /** Foreign keys of other tables (and of the table itself) that reference {@code table}. */
    List<Reference> referencing(String table) {
        List<Reference> refs = new ArrayList<>();
        keysByTable().forEach((child, keys) -> keys.stream().filter(k -> k.refTable().equalsIgnoreCase(table))
                .forEach(k -> refs.add(new Reference(child, k))));
        return refs;
    }

    /**
     * {@code table} and every table whose rows reference it, directly or through a chain of foreign keys:
     * the tables whose rows a careless DROP TABLE could cascade into.
     */
    Set<String> referencingClosure(String table) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(table));
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (seen.stream().anyMatch(s -> s.equalsIgnoreCase(next))) {
                continue;
            }
            seen.add(next);
            referencing(next).forEach(r -> queue.add(r.childTable()));
        }
        return seen;
    }

    static boolean mentions(String sql, String identifier) {
        if (sql == null) {
            return false;
        }
        for (Token t : SqliteIdentifiers.tokens(sql)) {
            if ((t.kind() == Kind.WORD || t.kind() == Kind.QUOTED)
                    && t.identifier().equalsIgnoreCase(identifier)) {
                return true;
            }
        }
        return false;
    }

    private List<SchemaObject> viewsAndTriggers() {
        if (viewsAndTriggers == null) {
            viewsAndTriggers = new ArrayList<>();
            String sql = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY rowid";
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    viewsAndTriggers.add(new SchemaObject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            } catch (SQLException e) {
                throw new RetortException("could not read views and triggers: " + e.getMessage(), e);
            }
        }
        return viewsAndTriggers;
    }

    private Map<String, List<ForeignKey>> keysByTable() {
        if (keysByTable == null) {
            keysByTable = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            SqliteInspector inspector = new SqliteInspector();
            try {
                for (String name : inspector.tableNames(connection)) {
                    Table t = inspector.table(connection, name).orElseThrow();
                    if (!t.foreignKeys().isEmpty()) {
                        keysByTable.put(name, t.foreignKeys());
                    }
                }
            } catch (SQLException e) {
                throw new RetortException("could not read foreign keys: " + e.getMessage(), e);
            }
        }
        return keysByTable;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
