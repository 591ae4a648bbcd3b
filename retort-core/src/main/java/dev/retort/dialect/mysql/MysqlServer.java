package dev.retort.dialect.mysql;

import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which server the dialect talks to: MySQL or MariaDB, and its version. The two share a wire protocol and
 * most DDL, but differ where Retort cares: functional indexes (MySQL 8.0.13+ only), {@code RENAME COLUMN}
 * (MySQL 8.0, MariaDB 10.5), how a CHECK is dropped, and what information_schema holds (MariaDB keeps
 * JSON as LONGTEXT with a CHECK).
 */
public record MysqlServer(boolean mariadb, int major, int minor, int patch) {
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    /** Assumed when there is no connection to ask (rendering for review): the MariaDB these tests run on. */
    public static final MysqlServer DEFAULT = new MysqlServer(true, 10, 11, 0);

    public static MysqlServer mysql(int major, int minor, int patch) {
        return new MysqlServer(false, major, minor, patch);
    }

    public static MysqlServer mariadb(int major, int minor, int patch) {
        return new MysqlServer(true, major, minor, patch);
    }

    /** Reads {@code SELECT VERSION()}: "10.11.6-MariaDB-0+deb12u1" or "8.0.36". */
    public static MysqlServer of(Connection connection) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            return parse(rs.getString(1));
        } catch (SQLException e) {
            throw new RetortException("could not read the MySQL server's version: " + e.getMessage(), e);
        }
    }

    static MysqlServer parse(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        if (!m.find()) {
            throw new RetortException("not a MySQL or MariaDB version: " + version);
        }
        return new MysqlServer(version.toLowerCase().contains("mariadb"), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public boolean atLeast(int wantMajor, int wantMinor, int wantPatch) {
        if (major != wantMajor) {
            return major > wantMajor;
        }
        if (minor != wantMinor) {
            return minor > wantMinor;
        }
        return patch >= wantPatch;
    }

    /** Indexes on expressions: MySQL 8.0.13 (dev.mysql.com/doc/refman/8.0/en/create-index.html); MariaDB has none. */
    public boolean supportsExpressionIndexes() {
        return !mariadb && atLeast(8, 0, 13);
    }

    /** {@code ALTER TABLE ... RENAME COLUMN}: MySQL 8.0, MariaDB 10.5.2; older servers need CHANGE COLUMN. */
    public boolean supportsRenameColumn() {
        return mariadb ? atLeast(10, 5, 2) : atLeast(8, 0, 0);
    }

    /** {@code ALTER TABLE t DROP CHECK c} on MySQL 8.0.16; MariaDB drops a check as {@code DROP CONSTRAINT c}. */
    public String dropCheckClause() {
        return mariadb ? "DROP CONSTRAINT " : "DROP CHECK ";
    }

    @Override
    public String toString() {
        return (mariadb ? "MariaDB " : "MySQL ") + major + "." + minor + "." + patch;
    }
}
