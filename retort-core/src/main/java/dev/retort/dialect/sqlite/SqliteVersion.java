package dev.retort.dialect.sqlite;

import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The SQLite library version of a connection, which decides what ALTER TABLE can do natively. */
record SqliteVersion(int major, int minor, int patch) implements Comparable<SqliteVersion> {
    /** ALTER TABLE RENAME COLUMN (sqlite.org/releaselog/3_25_0.html). */
    static final SqliteVersion RENAME_COLUMN = new SqliteVersion(3, 25, 0);
    /** ALTER TABLE DROP COLUMN (sqlite.org/releaselog/3_35_0.html). */
    static final SqliteVersion DROP_COLUMN = new SqliteVersion(3, 35, 0);

    static SqliteVersion parse(String text) {
        String[] parts = text.trim().split("\\.");
        int[] numbers = new int[3];
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            numbers[i] = Integer.parseInt(parts[i].replaceAll("\\D.*", ""));
        }
        return new SqliteVersion(numbers[0], numbers[1], numbers[2]);
    }

    static SqliteVersion of(Connection connection) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return parse(rs.getString(1));
        } catch (SQLException e) {
            throw new RetortException("could not read the SQLite version: " + e.getMessage(), e);
        }
    }

    boolean atLeast(SqliteVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(SqliteVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
