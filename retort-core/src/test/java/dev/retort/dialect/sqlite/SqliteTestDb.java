package dev.retort.dialect.sqlite;

import dev.retort.dialect.JdbcSession;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A real SQLite file for one test, with helpers to run SQL and read results. */
final class SqliteTestDb implements AutoCloseable {
    final Connection connection;
    final JdbcSession session;

    SqliteTestDb(Path dir, boolean foreignKeys) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.sqlite3"));
        session = new JdbcSession(connection);
        exec("PRAGMA foreign_keys=" + (foreignKeys ? "ON" : "OFF"));
    }

    void exec(String... statements) {
        for (String sql : statements) {
            session.execute(sql);
        }
    }

    long count(String sql) throws SQLException {
        return count(connection, sql);
    }

    static long count(Connection connection, String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every row as text, in the order the query gives: for comparing whole table contents. */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.append(i > 1 ? "|" : "").append(value == null ? "NULL" : value.getClass().getSimpleName() + ":" + value);
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Applies {@code ops} inside one revision transaction, as the runtime does: committed, or rolled back and rethrown. */
    static void applyInTransaction(SqliteDialect dialect, dev.retort.dialect.SqlSession session,
                                   List<dev.retort.ops.Operation> ops) {
        dialect.revisionTransaction().begin(session);
        try {
            dialect.apply(ops, session);
            dialect.revisionTransaction().commit(session);
        } catch (RuntimeException e) {
            dialect.revisionTransaction().rollback(session);
            throw e;
        }
    }
}
