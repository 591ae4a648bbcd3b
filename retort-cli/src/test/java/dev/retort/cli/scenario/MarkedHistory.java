package dev.retort.cli.scenario;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A long linear history in which every revision leaves a mark that can be read back from the schema (a
 * table, a column, a CHECK constraint or a column type named after it), so the schema a database holds can
 * be compared with what its recorded version says it should hold. Revision 1 creates {@code parent},
 * revision 2 {@code child} (referencing it, with ON DELETE CASCADE); seeded rows live in those two, and the
 * revisions that need a table rebuild on SQLite work on them.
 */
final class MarkedHistory {
    /** What one revision does to the schema. */
    enum Kind { PARENT_TABLE, CHILD_TABLE, MARK_TABLE, PARENT_COLUMN, CHILD_COLUMN, PARENT_CHECK, CHILD_CHECK,
        PARENT_NOTE_TYPE, CHILD_QTY_TYPE }

    private static final Pattern CHECK_NAME = Pattern.compile("CONSTRAINT\\s+\"?(ck_\\d+)\"?\\s+CHECK",
            Pattern.CASE_INSENSITIVE);

    private final int size;
    private final int rebuildEvery;

    /**
     * @param size         number of revisions
     * @param rebuildEvery every this many revisions, one that rebuilds {@code parent} or {@code child}; 0 for none
     */
    MarkedHistory(int size, int rebuildEvery) {
        this.size = size;
        this.rebuildEvery = rebuildEvery;
    }

    int size() {
        return size;
    }

    static String id(int n) {
        return String.format("a%011d", n);
    }

    /** The revision number of an id this history made, or -1. */
    static int number(String id) {
        return id != null && id.matches("a\\d{11}") ? Integer.parseInt(id.substring(1)) : -1;
    }

    Kind kind(int n) {
        if (n == 1) {
            return Kind.PARENT_TABLE;
        }
        if (n == 2) {
            return Kind.CHILD_TABLE;
        }
        if (rebuildEvery > 0 && n % rebuildEvery == 0) {
            // Mostly the 100,000-row parent, whose child must come through its rebuilds intact.
            return switch ((n / rebuildEvery) % 6) {
                case 1, 4 -> Kind.PARENT_CHECK;
                case 2, 5 -> Kind.PARENT_NOTE_TYPE;
                case 3 -> Kind.CHILD_CHECK;
                default -> Kind.CHILD_QTY_TYPE;
            };
        }
        return switch (n % 3) {
            case 0 -> Kind.MARK_TABLE;
            case 1 -> Kind.PARENT_COLUMN;
            default -> Kind.CHILD_COLUMN;
        };
    }

    /** Whether revision n needs SQLite to rebuild a 100,000-row table. */
    boolean rebuilds(int n) {
        Kind kind = kind(n);
        return kind == Kind.PARENT_CHECK || kind == Kind.CHILD_CHECK || kind == Kind.PARENT_NOTE_TYPE
                || kind == Kind.CHILD_QTY_TYPE;
    }

    /** How many revisions of {@code kind} there are among 1..n. */
    private int count(Kind kind, int n) {
        int found = 0;
        for (int i = 1; i <= n; i++) {
            if (kind(i) == kind) {
                found++;
            }
        }
        return found;
    }

    private String qtyType(int upTo) {
        return count(Kind.CHILD_QTY_TYPE, upTo) % 2 == 1 ? "BIGINT" : "INTEGER";
    }

    private String noteType(int upTo) {
        for (int i = upTo; i >= 1; i--) {
            if (kind(i) == Kind.PARENT_NOTE_TYPE) {
                return "VARCHAR(" + (1000 + i) + ")";
            }
        }
        return "TEXT";
    }

    /** Writes revision files 1..size into the project. */
    void write(Project p) {
        for (int n = 1; n <= size; n++) {
            String[] body = body(n);
            p.revision(id(n), n == 1 ? "" : id(n - 1), "step " + n + " " + kind(n).name().toLowerCase(), body[0], body[1]);
        }
    }

    private String[] body(int n) {
        String col = "m_" + n;
        return switch (kind(n)) {
            case PARENT_TABLE -> new String[]{"op.createTable(\"parent\", column(\"id\", INTEGER).primaryKey(), "
                    + "column(\"name\", TEXT).notNull(), column(\"amount\", INTEGER).notNull(), column(\"note\", TEXT));",
                    "op.dropTable(\"parent\");"};
            case CHILD_TABLE -> new String[]{"op.createTable(\"child\", column(\"id\", INTEGER).primaryKey(), "
                    + "column(\"parent_id\", INTEGER).notNull().references(\"parent\", \"id\", FkAction.CASCADE), "
                    + "column(\"qty\", INTEGER)); op.createIndex(\"ix_child_parent\", \"child\", \"parent_id\");",
                    "op.dropTable(\"child\");"};
            case MARK_TABLE -> new String[]{"op.createTable(\"mark_" + n + "\", column(\"id\", INTEGER).primaryKey());",
                    "op.dropTable(\"mark_" + n + "\");"};
            case PARENT_COLUMN -> new String[]{"op.addColumn(\"parent\", column(\"" + col + "\", INTEGER));",
                    "op.dropColumn(\"parent\", \"" + col + "\");"};
            case CHILD_COLUMN -> new String[]{"op.addColumn(\"child\", column(\"" + col + "\", INTEGER));",
                    "op.dropColumn(\"child\", \"" + col + "\");"};
            case PARENT_CHECK -> new String[]{"op.createCheckConstraint(\"ck_" + n + "\", \"parent\", \"amount > -" + n + "\");",
                    "op.dropConstraint(\"parent\", \"ck_" + n + "\");"};
            case CHILD_CHECK -> new String[]{"op.createCheckConstraint(\"ck_" + n + "\", \"child\", \"qty > -" + n + "\");",
                    "op.dropConstraint(\"child\", \"ck_" + n + "\");"};
            case PARENT_NOTE_TYPE -> new String[]{"op.alterColumn(\"parent\", \"note\", change().type(string(" + (1000 + n) + ")));",
                    "op.alterColumn(\"parent\", \"note\", change().type(raw(\"" + noteType(n - 1) + "\")));"};
            case CHILD_QTY_TYPE -> new String[]{"op.alterColumn(\"child\", \"qty\", change().type(" + qtyType(n) + "));",
                    "op.alterColumn(\"child\", \"qty\", change().type(" + qtyType(n - 1) + "));"};
        };
    }

    /** The schema facts revisions 1..n produce, in the form {@link #actual} reads them back. */
    Map<String, Object> expected(int n) {
        TreeSet<String> tables = new TreeSet<>(List.of("retort_log", "retort_version"));
        TreeSet<String> parentColumns = new TreeSet<>();
        TreeSet<String> childColumns = new TreeSet<>();
        TreeSet<String> checks = new TreeSet<>();
        for (int i = 1; i <= n; i++) {
            switch (kind(i)) {
                case PARENT_TABLE -> {
                    tables.add("parent");
                    parentColumns.addAll(List.of("id", "name", "amount", "note"));
                }
                case CHILD_TABLE -> {
                    tables.add("child");
                    childColumns.addAll(List.of("id", "parent_id", "qty"));
                }
                case MARK_TABLE -> tables.add("mark_" + i);
                case PARENT_COLUMN -> parentColumns.add("m_" + i);
                case CHILD_COLUMN -> childColumns.add("m_" + i);
                case PARENT_CHECK -> checks.add("parent.ck_" + i);
                case CHILD_CHECK -> checks.add("child.ck_" + i);
                default -> {
                }
            }
        }
        Map<String, Object> facts = new TreeMap<>();
        facts.put("tables", tables);
        facts.put("parent columns", parentColumns);
        facts.put("child columns", childColumns);
        facts.put("checks", checks);
        facts.put("parent.note type", n >= 1 ? noteType(n) : "-");
        facts.put("child.qty type", n >= 2 ? qtyType(n) : "-");
        return facts;
    }

    /** The same facts, read from a database. */
    static Map<String, Object> actual(Connection connection) throws SQLException {
        TreeSet<String> tables = new TreeSet<>();
        TreeSet<String> checks = new TreeSet<>();
        try (Statement st = connection.createStatement(); ResultSet rows = st.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
                Matcher m = CHECK_NAME.matcher(rows.getString(2) == null ? "" : rows.getString(2));
                while (m.find()) {
                    checks.add(rows.getString(1) + "." + m.group(1));
                }
            }
        }
        Map<String, Object> facts = new TreeMap<>();
        facts.put("tables", tables);
        facts.put("parent columns", columns(connection, "parent").keySet());
        facts.put("child columns", columns(connection, "child").keySet());
        facts.put("checks", checks);
        facts.put("parent.note type", columns(connection, "parent").getOrDefault("note", "-"));
        facts.put("child.qty type", columns(connection, "child").getOrDefault("qty", "-"));
        return facts;
    }

    private static Map<String, String> columns(Connection connection, String table) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT name, type FROM pragma_table_info(?)")) {
            st.setString(1, table);
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    columns.put(rows.getString(1), rows.getString(2).toUpperCase());
                }
            }
        }
        return new TreeMap<>(columns);
    }

    /** Inserts {@code rows} parents and {@code childRows} children spread over them, in one transaction. */
    static void seed(Connection connection, int rows, int childRows) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement parent = connection.prepareStatement(
                "INSERT INTO parent (id, name, amount, note) VALUES (?, ?, ?, ?)");
             PreparedStatement child = connection.prepareStatement(
                     "INSERT INTO child (id, parent_id, qty) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= rows; i++) {
                parent.setInt(1, i);
                parent.setString(2, "name-" + Integer.toString(i * 7919, 36));
                parent.setInt(3, (i * 31) % 10_000);
                parent.setString(4, i % 5 == 0 ? null : "note " + i);
                parent.addBatch();
                if (i <= childRows) {
                    child.setInt(1, i);
                    child.setInt(2, 1 + (int) ((i * 7919L) % rows));
                    child.setInt(3, i % 97);
                    child.addBatch();
                }
                if (i % 10_000 == 0) {
                    parent.executeBatch();
                    child.executeBatch();
                }
            }
            parent.executeBatch();
            child.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** Count, id sum and a CRC of every seeded value, per table: equal fingerprints mean no row lost or changed. */
    static List<String> fingerprint(Connection connection) throws SQLException {
        List<String> prints = new ArrayList<>();
        for (String query : List.of("SELECT id, name, amount, note FROM parent ORDER BY id",
                "SELECT id, parent_id, qty FROM child ORDER BY id")) {
            long count = 0;
            long idSum = 0;
            CRC32 crc = new CRC32();
            try (Statement st = connection.createStatement(); ResultSet rows = st.executeQuery(query)) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    count++;
                    idSum += rows.getLong(1);
                    for (int c = 1; c <= columns; c++) {
                        crc.update(String.valueOf(rows.getString(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        crc.update('|');
                    }
                }
            }
            prints.add(query.split(" FROM ")[1].split(" ")[0] + ": " + count + " rows, id sum " + idSum
                    + ", crc " + Long.toHexString(crc.getValue()));
        }
        return prints;
    }

    static Connection open(java.nio.file.Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
