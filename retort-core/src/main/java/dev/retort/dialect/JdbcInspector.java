package dev.retort.dialect;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * An inspector that reads through JDBC. The public methods are the boundary: each dialect writes the reading
 * ({@link #readSchema}, {@link #readTable}) with SQLException free to escape, and a failure reaches the user once,
 * saying what was being read (Flyway's public method around a protected {@code doX()}).
 */
public abstract class JdbcInspector implements Inspector {
    /** The family as messages name it: "SQLite". */
    protected abstract String databaseName();

    protected abstract Schema readSchema(Connection connection) throws SQLException;

    protected abstract Optional<Table> readTable(Connection connection, String name) throws SQLException;

    @Override
    public final Schema inspect(Connection connection) {
        return Jdbc.attempt("read the " + databaseName() + " schema", () -> readSchema(connection));
    }

    @Override
    public final Optional<Table> table(Connection connection, String name) {
        return Jdbc.attempt("read table " + name + " from " + databaseName(), () -> readTable(connection, name));
    }
}
