package dev.retort.dialect.mysql;

import dev.retort.config.Secrets;
import dev.retort.dialect.RehearsalNames;
import dev.retort.dialect.ServerUrl;
import dev.retort.error.RetortException;
import dev.retort.spi.RehearsalDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.retort.dialect.mysql.MysqlIdentifiers.quote;
import static dev.retort.dialect.mysql.MysqlQueries.rows;

/**
 * A throw-away database on the same MySQL or MariaDB server, with the original's default character set and
 * collation: a copy, or an empty one. MySQL has no {@code CREATE DATABASE ... TEMPLATE}, so a copy is made as
 * mysqldump would: each base table recreated from {@code SHOW CREATE TABLE} (run with the copy as current
 * database, since its output names tables unqualified), then filled with {@code INSERT ... SELECT}, all rows
 * read in one consistent snapshot; then the views, from {@code SHOW CREATE VIEW}. The original is only read.
 * <p>
 * Not copied: triggers, stored routines and events. A trigger's body may name the original database, and
 * from the copy it would then write to the original. A revision that alters or drops one fails in the
 * rehearsal, which reports it; a view that calls a routine cannot be copied, and the copy fails naming it.
 */
final class MysqlRehearsalDatabase implements RehearsalDatabase {
    private static final Pattern DEFINER = Pattern.compile("DEFINER=(`(?:[^`]|``)*`|[^@\\s]*)@(`(?:[^`]|``)*`|\\S*) ");

    private final ServerUrl server;
    private final String name;

    private MysqlRehearsalDatabase(ServerUrl server, String name) {
        this.server = server;
        this.name = name;
    }

    static MysqlRehearsalDatabase copyOf(String originalUrl) {
        return create(originalUrl, true);
    }

    static MysqlRehearsalDatabase empty(String originalUrl) {
        return create(originalUrl, false);
    }

    private static MysqlRehearsalDatabase create(String originalUrl, boolean copy) {
        ServerUrl server = ServerUrl.require(originalUrl, "retort test on MySQL",
                "jdbc:mariadb://HOST[:PORT]/DATABASE or jdbc:mysql://...");
        MysqlRehearsalDatabase database = new MysqlRehearsalDatabase(server, RehearsalNames.next());
        String original = server.database();
        // Connected to no database: the original is named in every statement, and may not exist for --empty.
        try (Connection connection = server.connect("", MysqlProvider::toDriverUrl)) {
            database.createLike(connection, original, copy);
            if (copy) {
                database.copyTables(connection, original);
            }
        } catch (SQLException | RuntimeException e) {
            database.dropQuietly();
            throw new RetortException("cannot " + (copy ? "copy database " + original + " to " + database.name
                    : "create the empty database " + database.name) + " for the rehearsal: "
                    + Secrets.redactUrl(oneLine(e.getMessage()))
                    + (copy ? " (`retort test --empty` rehearses on an empty database)" : ""), e);
        }
        return database;
    }

    /** The new database takes the original's defaults, so that columns created in it read back the same. */
    private void createLike(Connection connection, String original, boolean copy) throws SQLException {
        List<List<String>> charset = rows(connection, "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", original);
        if (copy && charset.isEmpty()) {
            throw new SQLException("no database " + original + " on the server");
        }
        execute(connection, "CREATE DATABASE " + quote(name) + (charset.isEmpty() ? ""
                : " CHARACTER SET " + charset.get(0).get(0) + " COLLATE " + charset.get(0).get(1)));
    }

    private void copyTables(Connection connection, String original) throws SQLException {
        // As mysqldump does: tables may be created before the tables their foreign keys name, and an
        // AUTO_INCREMENT column's 0 is copied as 0 instead of taking the next value.
        execute(connection, "SET SESSION FOREIGN_KEY_CHECKS = 0");
        execute(connection, "SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO'");
        List<String> tables = rows(connection, "SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", original)
                .stream().map(row -> row.get(0)).toList();
        connection.setCatalog(name);
        for (String table : tables) {
            execute(connection, showCreate(connection, "TABLE", quote(original) + "." + quote(table)));
        }
        // DDL commits implicitly, so the tables exist first; then every row is read in one snapshot.
        connection.setAutoCommit(false);
        execute(connection, "START TRANSACTION WITH CONSISTENT SNAPSHOT");
        for (String table : tables) {
            String columns = String.join(", ", storedColumns(connection, original, table));
            execute(connection, "INSERT INTO " + quote(name) + "." + quote(table) + " (" + columns + ") SELECT "
                    + columns + " FROM " + quote(original) + "." + quote(table));
        }
        connection.commit();
        connection.setAutoCommit(true);
        copyViews(connection, original);
    }

    /**
     * {@code SHOW CREATE VIEW} names the tables of the current database unqualified, so it is read with the
     * original as current database and run with the copy as current database: the copied view reads the copy's
     * tables, never the original's. Its DEFINER is left out (setting another user needs a privilege the rehearsal
     * should not need), so the view is defined by the user running the rehearsal. A view on another view may
     * come before it in name order, so views are created in rounds until none is left or a round adds none.
     */
    private void copyViews(Connection connection, String original) throws SQLException {
        List<String> views = rows(connection, "SELECT TABLE_NAME FROM information_schema.VIEWS"
                + " WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME", original).stream().map(row -> row.get(0)).toList();
        if (views.isEmpty()) {
            return;
        }
        connection.setCatalog(original);
        Map<String, String> pending = new LinkedHashMap<>();
        for (String view : views) {
            pending.put(view, DEFINER.matcher(showCreate(connection, "VIEW", quote(view))).replaceFirst(""));
        }
        connection.setCatalog(name);
        while (!pending.isEmpty()) {
            Map<String, String> failed = new LinkedHashMap<>();
            SQLException first = null;
            for (Map.Entry<String, String> view : pending.entrySet()) {
                try {
                    execute(connection, view.getValue());
                } catch (SQLException e) {
                    failed.put(view.getKey(), view.getValue());
                    first = first == null ? e : first;
                }
            }
            if (failed.size() == pending.size()) {
                throw new SQLException("view " + failed.keySet().iterator().next() + " could not be copied: "
                        + first.getMessage(), first);
            }
            pending = failed;
        }
    }

    /** The CREATE statement of a TABLE or VIEW, as {@code SHOW CREATE} gives it. */
    private static String showCreate(Connection connection, String kind, String object) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SHOW CREATE " + kind + " " + object)) {
            rs.next();
            return rs.getString(2);
        }
    }

    /** The columns a value can be inserted into: generated columns compute their own (INVISIBLE ones are kept). */
    private static List<String> storedColumns(Connection connection, String original, String table) throws SQLException {
        // GENERATION_EXPRESSION is '' (MySQL) or NULL (MariaDB) for a plain column; MySQL's EXTRA says
        // DEFAULT_GENERATED for an expression default too, so it cannot tell the two apart.
        return rows(connection, "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?"
                + " AND TABLE_NAME = ? AND COALESCE(GENERATION_EXPRESSION, '') = '' ORDER BY ORDINAL_POSITION",
                original, table).stream().map(row -> quote(row.get(0))).toList();
    }

    @Override
    public String url() {
        return server.withDatabase(name);
    }

    @Override
    public void close() {
        try (Connection connection = server.connect("", MysqlProvider::toDriverUrl)) {
            execute(connection, "DROP DATABASE IF EXISTS " + quote(name));
        } catch (SQLException e) {
            throw new RetortException("the rehearsal database " + name + " could not be dropped: "
                    + Secrets.redactUrl(oneLine(e.getMessage())) + "; drop it by hand", e);
        }
    }

    private void dropQuietly() {
        try {
            close();
        } catch (RetortException ignored) {
            // the error that made the copy fail is the one to report
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s+", " ");
    }
}
