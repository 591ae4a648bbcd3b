package dev.retort.dialect.postgres;

import dev.retort.history.HistoryTables;
import dev.retort.schema.Trigger;
import dev.retort.schema.Unsupported;
import dev.retort.schema.View;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The views and triggers of the current schema, as PostgreSQL prints them ({@code pg_get_viewdef},
 * {@code pg_get_triggerdef}: postgresql.org/docs/current/functions-info.html), so a view written in a
 * schema.sql and read back from the scratch schema compares with the live one in the server's spelling.
 * The trigger text names its table with the schema; that qualifier is taken off, since the scratch schema
 * has another name; a function of the current schema that a trigger calls is read with the schema's other
 * functions ({@link PostgresFunctions}). Materialized views are named as not handled.
 */
final class PostgresViewsAndTriggers {
    private PostgresViewsAndTriggers() {
    }

    static List<View> views(Connection connection) throws SQLException {
        List<View> views = new ArrayList<>();
        String sql = "SELECT c.relname, pg_get_viewdef(c.oid) FROM pg_class c"
                + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'v' ORDER BY c.relname";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String query = rs.getString(2).strip();
                views.add(new View(rs.getString(1), query.endsWith(";") ? query.substring(0, query.length() - 1) : query));
            }
        }
        return views;
    }

    static List<Unsupported> materializedViews(Connection connection) throws SQLException {
        List<Unsupported> found = new ArrayList<>();
        String sql = "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace"
                + " AND c.relkind = 'm' ORDER BY c.relname";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                found.add(new Unsupported("materialized view", rs.getString(1),
                        "not read, compared or created yet; create it with op.execute"));
            }
        }
        return found;
    }

    /** The triggers of the current schema's tables, Retort's own tables' aside. */
    static List<Trigger> triggers(Connection connection) throws SQLException {
        List<Trigger> triggers = new ArrayList<>();
        String sql = "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid), current_schema()"
                + " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                + " WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
                + " ORDER BY c.relname, t.tgname";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String table = rs.getString(2);
                if (HistoryTables.isHistoryTable(table)) {
                    continue;
                }
                String schema = PostgresIdentifiers.quote(rs.getString(4)) + ".";
                String definition = rs.getString(3).replace(" ON " + schema, " ON ");
                triggers.add(new Trigger(rs.getString(1), table, definition));
            }
        }
        return triggers;
    }
}
