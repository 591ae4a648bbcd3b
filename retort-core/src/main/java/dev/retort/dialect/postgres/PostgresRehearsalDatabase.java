package dev.retort.dialect.postgres;

import dev.retort.dialect.RehearsalNames;
import dev.retort.dialect.ServerUrl;
import dev.retort.error.RetortException;
import dev.retort.spi.RehearsalDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throw-away database on the same PostgreSQL server: a copy made with {@code CREATE DATABASE ... TEMPLATE}
 * (postgresql.org/docs/current/manage-ag-templatedbs.html), which copies files and never writes to the
 * original, or an empty one. Both are made and dropped from the server's {@code postgres} database, since a
 * session cannot create or drop the database it is connected to.
 */
final class PostgresRehearsalDatabase implements RehearsalDatabase {
    private final ServerUrl server;
    private final String name;

    private PostgresRehearsalDatabase(ServerUrl server, String name) {
        this.server = server;
        this.name = name;
    }

    static PostgresRehearsalDatabase copyOf(String originalUrl) {
        return create(originalUrl, true);
    }

    static PostgresRehearsalDatabase empty(String originalUrl) {
        return create(originalUrl, false);
    }

    private static PostgresRehearsalDatabase create(String originalUrl, boolean copy) {
        ServerUrl server = ServerUrl.require(originalUrl, "retort test on PostgreSQL",
                "jdbc:postgresql://HOST[:PORT]/DATABASE");
        String original = server.database();
        PostgresRehearsalDatabase database = new PostgresRehearsalDatabase(server, RehearsalNames.next());
        String name = database.name;
        try {
            database.maintenance("CREATE DATABASE " + quote(name) + (copy ? " TEMPLATE " + quote(original) : ""));
        } catch (SQLException e) {
            throw new RetortException("cannot " + (copy ? "copy database " + original : "create an empty database")
                    + " for the rehearsal: " + e.getMessage().strip().replaceAll("\\s+", " ")
                    + (copy ? " (a copy needs the CREATEDB privilege and no other session connected to " + original
                    + "; `retort test --empty` rehearses on an empty database)" : ""), e);
        }
        return database;
    }

    @Override
    public String url() {
        return server.withDatabase(name);
    }

    /** Drops the rehearsal database, ending sessions still on it (PostgreSQL 13+), else plainly. */
    @Override
    public void close() {
        try {
            maintenance("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        } catch (SQLException e) {
            try {
                maintenance("DROP DATABASE IF EXISTS " + quote(name));
            } catch (SQLException again) {
                throw new RetortException("the rehearsal database " + name + " could not be dropped: "
                        + again.getMessage() + "; drop it by hand", again);
            }
        }
    }

    private void maintenance(String sql) throws SQLException {
        try (Connection connection = server.connect("postgres", url -> url); Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
