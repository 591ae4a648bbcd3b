package dev.retort.autogen;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Opens an empty database of the same dialect as the real one, for {@link SqlFileModelSource} to apply a
 * schema.sql to (on SQLite: {@code DriverManager.getConnection("jdbc:sqlite::memory:")}; on PostgreSQL a
 * schema inside a transaction that is rolled back). The source hands it back to {@link #discard} when done.
 */
@FunctionalInterface
public interface ScratchDatabase {
    Connection open() throws SQLException;

    /**
     * A schema.sql statement as it must run on the scratch database after {@link #open}: by default as it is.
     * A dialect whose dump tools name the real schema ({@code public.accounts}, {@code SET search_path}) points
     * those at the scratch one, and leaves out what only a real database takes (ownership); empty to skip it.
     */
    default List<String> adapt(String statement) {
        return List.of(statement);
    }

    /** Throws away what {@link #open} made; by default by closing the connection. */
    default void discard(Connection connection) throws SQLException {
        connection.close();
    }
}
