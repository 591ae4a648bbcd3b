package dev.retort.autogen;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens an empty database of the same dialect as the real one, for {@link SqlFileModelSource} to apply a
 * schema.sql to (on SQLite: {@code DriverManager.getConnection("jdbc:sqlite::memory:")}; on PostgreSQL a
 * schema inside a transaction that is rolled back). The source hands it back to {@link #discard} when done.
 */
@FunctionalInterface
public interface ScratchDatabase {
    Connection open() throws SQLException;

    /**
     * How this database's SQL is written, so a schema.sql splits where the database would split it (MySQL's
     * backslash escapes and {@code #} comments, PostgreSQL's dollar quotes); by default every form is read.
     */
    default dev.retort.sql.SqlFlavor flavor() {
        return dev.retort.sql.SqlFlavor.ANY;
    }

    /**
     * A schema.sql statement as it must run here, so that it lands in the scratch database and nowhere else (on
     * PostgreSQL, {@code public.accounts} and {@code SET search_path} are pointed at the scratch schema); null
     * skips it. By default the statement runs as written.
     */
    default String prepare(String statement) {
        return statement;
    }

    /** Throws away what {@link #open} made; by default by closing the connection. */
    default void discard(Connection connection) throws SQLException {
        connection.close();
    }
}
