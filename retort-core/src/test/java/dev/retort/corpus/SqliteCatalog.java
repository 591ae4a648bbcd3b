package dev.retort.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQLite database's catalog as SQLite itself reports it: sqlite_master, PRAGMA table_list, table_xinfo,
 * index_xlist/index_xinfo and foreign_key_list, plus each column's collation (probed with an index in a
 * transaction that is rolled back, since no PRAGMA reports it) and the clauses only the CREATE text keeps
 * (CHECK and generated expressions, DEFERRABLE, MATCH, AUTOINCREMENT). SQL text is compared without whitespace,
 * quotes or case, since two ways of writing one definition are the same object.
 */
public final class SqliteCatalog {
    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)\\b(CHECK|AS)\\s*\\(|\\bDEFERRABLE(\\s+INITIALLY\\s+(DEFERRED|IMMEDIATE))?|\\bAUTOINCREMENT\\b"
                    + "|\\bMATCH\\s+\\w+");

    private SqliteCatalog() {
    }

    public static Map<String, List<String>> of(Connection connection) throws SQLException {
        Map<String, List<String>> catalog = new TreeMap<>();
        List<String[]> objects = rows(connection, "SELECT type, name, tbl_name, sql FROM sqlite_master"
                + " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND tbl_name NOT LIKE 'retort\\_%' ESCAPE '\\'");
        for (String[] object : objects) {
            String type = object[0];
            String name = object[1];
            List<String> rows = new ArrayList<>();
            rows.add("on " + object[2].toLowerCase(Locale.ROOT));
            if (!type.equals("table") || isVirtual(object[3])) {
                rows.add("sql " + squeeze(object[3]));
            }
            if (type.equals("table")) {
                table(connection, name, object[3], rows);
            }
            if (type.equals("index")) {
                rows.addAll(strings(connection, "PRAGMA index_xinfo(" + quote(name) + ")"));
            }
            catalog.put(type + " " + name.toLowerCase(Locale.ROOT), rows);
        }
        return catalog;
    }

    private static void table(Connection connection, String table, String sql, List<String> rows) throws SQLException {
        for (String row : strings(connection, "SELECT type, ncol, wr, strict FROM pragma_table_list WHERE name = '"
                + table.replace("'", "''") + "' AND schema = 'main'")) {
            rows.add("table_list " + row);
        }
        if (isVirtual(sql)) {
            return;
        }
        String t = table.replace("'", "''");
        for (String[] c : rows(connection, "SELECT cid, name, upper(type), \"notnull\", dflt_value, pk, hidden"
                + " FROM pragma_table_xinfo('" + t + "')")) {
            rows.add("column " + c[0] + "|" + c[1] + "|" + c[2] + "|" + c[3] + "|" + squeeze(c[4]) + "|" + c[5] + "|" + c[6]);
        }
        for (String[] index : rows(connection, "SELECT name, \"unique\", origin, partial FROM pragma_index_list('" + t + "')")) {
            if (index[0].startsWith("sqlite_autoindex_")) {
                rows.add("autoindex " + index[1] + "|" + index[2] + "|" + String.join(",", strings(connection,
                        "SELECT name || ' ' || coll || ' ' || \"desc\" FROM pragma_index_xinfo('" + index[0]
                                + "') WHERE key = 1 ORDER BY seqno")));
            } else {
                rows.add("index " + String.join("|", index));
            }
        }
        for (String row : strings(connection, "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, \"match\""
                + " FROM pragma_foreign_key_list('" + t + "')")) {
            rows.add("foreign_key " + row);
        }
        rows.addAll(collations(connection, table));
        rows.addAll(clauses(sql));
        rows.sort(null);
    }

    /** Each column's collation, from an index made on it and rolled back: SQLite reports a collation only for index columns. */
    private static List<String> collations(Connection connection, String table) throws SQLException {
        List<String> found = new ArrayList<>();
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String column : strings(connection, "SELECT name FROM pragma_table_xinfo('" + table.replace("'", "''")
                    + "') WHERE hidden = 0")) {
                st.execute("CREATE INDEX corpus_probe ON " + quote(table) + " (" + quote(column) + ")");
                for (String coll : strings(connection, "SELECT coll FROM pragma_index_xinfo('corpus_probe') WHERE key = 1")) {
                    found.add("collation " + column + "|" + coll.toUpperCase(Locale.ROOT));
                }
                st.execute("DROP INDEX corpus_probe");
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(auto);
        }
        return found;
    }

    /** The CHECK and generated expressions, DEFERRABLE clauses and AUTOINCREMENT of a CREATE TABLE, squeezed. */
    private static List<String> clauses(String sql) {
        List<String> found = new ArrayList<>();
        Matcher m = CLAUSE.matcher(sql);
        while (m.find()) {
            if (m.group(1) != null) {
                int open = m.end() - 1;
                int depth = 0;
                int i = open;
                for (; i < sql.length(); i++) {
                    char c = sql.charAt(i);
                    if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        break;
                    }
                }
                found.add("clause " + m.group(1).toUpperCase(Locale.ROOT) + " " + squeeze(sql.substring(open, Math.min(i + 1, sql.length()))));
            } else {
                found.add("clause " + squeeze(m.group()));
            }
        }
        return found;
    }

    private static boolean isVirtual(String sql) {
        return sql != null && sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL");
    }

    /** SQL without whitespace, identifier quotes or case: one spelling per definition. */
    static String squeeze(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inString = !inString;
                out.append(c);
            } else if (inString) {
                out.append(c);
            } else if (!Character.isWhitespace(c) && c != '"' && c != '`' && c != '[' && c != ']' && c != ';') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    }

    private static List<String[]> rows(Connection connection, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                String[] row = new String[meta.getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(connection, sql)) {
            out.add(String.join("|", java.util.Arrays.stream(row).map(String::valueOf).toList()));
        }
        return out;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
