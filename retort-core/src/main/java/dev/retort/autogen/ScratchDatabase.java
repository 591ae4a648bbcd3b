package dev.retort.autogen;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens an empty database of the same dialect as the real one, for {@link SqlFileModelSource} to apply a
 * schema.sql to (on SQLite: {@code DriverManager.getConnection("jdbc:sqlite::memory:")}). The source closes it.
 */
@FunctionalInterface
public interface ScratchDatabase {
    Connection open() throws SQLException;
}
