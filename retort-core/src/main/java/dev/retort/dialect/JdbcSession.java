package dev.retort.dialect;

import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * A {@link SqlSession} that runs statements on a live JDBC connection. This is the one place where a
 * failing statement's {@link SQLException} becomes a {@link RetortException} that names the statement.
 */
public class JdbcSession implements SqlSession {
    private final Connection connection;
    private final Progress progress;

    public JdbcSession(Connection connection, Progress progress) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.progress = progress == null ? Progress.NONE : progress;
    }

    public JdbcSession(Connection connection) {
        this(connection, Progress.NONE);
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public boolean offline() {
        return false;
    }

    @Override
    public Progress progress() {
        return progress;
    }

    /** The error a failing statement becomes: the database's complaint and the statement, on one line. */
    public static RetortException failed(String sql, SQLException e) {
        return new RetortException("statement failed: " + oneLine(e.getMessage()) + " in: " + abbreviate(sql), e);
    }

    private static String oneLine(String text) {
        return text == null ? "(no message)" : text.strip().replaceAll("\\s+", " ");
    }

    private static String abbreviate(String sql) {
        String line = oneLine(sql);
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
