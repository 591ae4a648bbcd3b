package dev.retort.cli.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the example platform's SQLite file for {@link ExamplePlatformIT}: every row of a table as SQL
 * literals (so a value that changed storage class, 1 to 1.0 or 1 to '1', shows as a difference), the
 * schema as sqlite_master text, and the foreign-key check.
 */
final class PlatformDatabase {
    private final Path file;

    PlatformDatabase(Path file) {
        this.file = file;
    }

    /** A connection with foreign keys enforced, as the application runs. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file + "?foreign_keys=true");
    }

    /** Row id to (column to {@code quote(value)}), for every row of every table in {@code tables}. */
    Map<String, Map<Long, Map<String, String>>> snapshot(List<String> tables) {
        Map<String, Map<Long, Map<String, String>>> all = new LinkedHashMap<>();
        for (String table : tables) {
            all.put(table, rows(table));
        }
        return all;
    }

    Map<Long, Map<String, String>> rows(String table) {
        List<String> columns = query("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
        StringBuilder select = new StringBuilder("SELECT id");
        columns.forEach(c -> select.append(", quote(\"").append(c).append("\")"));
        select.append(" FROM \"").append(table).append("\" ORDER BY id");
        Map<Long, Map<String, String>> rows = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(select.toString())) {
            while (r.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), r.getString(i + 2));
                }
                rows.put(r.getLong(1), row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table + " from " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * Every entry of sqlite_master (tables, indexes, including SQLite's automatic ones) as
     * {@code type name on table: sql}, sorted by name, with whitespace runs collapsed.
     */
    List<String> schema() {
        return query("SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_master"
                + " ORDER BY name").stream().map(s -> s.replaceAll("\\s+", " ").strip()).toList();
    }

    String createSql(String table) {
        return query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'").get(0);
    }

    List<String> foreignKeyViolations() {
        return query("SELECT \"table\" || ' rowid ' || rowid || ' -> ' || parent FROM pragma_foreign_key_check");
    }

    List<String> userTables() {
        return query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " AND name NOT LIKE 'retort_%' ORDER BY name");
    }

    List<String> versions() {
        return query("SELECT version_num FROM retort_version ORDER BY version_num");
    }

    /** The first column of each row, as text (NULL as null). */
    List<String> query(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + file + ": " + e.getMessage(), e);
        }
    }

    /** Copies a project folder, leaving out databases, backups and the compile cache of earlier runs. */
    static void copyProject(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path relative = from.relativize(source);
                String name = relative.toString();
                if (name.startsWith(".retort-cache") || name.contains(".sqlite3")) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
