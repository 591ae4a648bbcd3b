package dev.retort.runtime;

import dev.retort.dialect.Progress;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The session of {@code --sql}: every statement is printed, and also run on a scratch database that
 * holds the schema as it would be, so SQLite table rebuilds can read each table's definition.
 */
final class OfflineSession implements SqlSession {
    private final Connection scratch;
    private final StringBuilder out;

    OfflineSession(Connection scratch, StringBuilder out) {
        this.scratch = scratch;
        this.out = out;
    }

    @Override
    public void execute(String sql) {
        print(sql);
        if (scratch != null) {
            try (Statement statement = scratch.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new RetortException("statement failed: " + e.getMessage() + " [" + oneLine(sql) + "]", e);
            }
        }
    }

    /** Printed only: on the row-less scratch a check of the rows would cost a scan of every table and prove nothing. */
    @Override
    public void executeCheck(String sql) {
        print(sql);
    }

    /** Printed only, as {@link #executeCheck} is: the scratch database keeps the schema and the versions. */
    @Override
    public void executeBookkeeping(String sql) {
        print(sql);
    }

    private void print(String sql) {
        out.append(sql.strip()).append(sql.strip().endsWith(";") ? "" : ";").append("\n");
    }

    void comment(String text) {
        out.append("\n-- ").append(text).append("\n\n");
    }

    @Override
    public Connection connection() {
        return scratch;
    }

    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public Progress progress() {
        return Progress.NONE;
    }

    private static String oneLine(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
