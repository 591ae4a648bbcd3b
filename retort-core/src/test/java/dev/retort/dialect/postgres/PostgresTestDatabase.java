package dev.retort.dialect.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** One test's own PostgreSQL database, dropped on close. */
public final class PostgresTestDatabase implements AutoCloseable {
    private final String server;
    private final String name;

    PostgresTestDatabase(String server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The URL Retort is given, with the user as a query parameter as people write it. */
    public String url() {
        return "jdbc:postgresql:" + server + name + "?user=postgres";
    }

    public Connection connect() throws SQLException {
        return PostgresTestServer.connect(server, name);
    }

    @Override
    public void close() {
        PostgresTestServer.dropDatabase(server, name);
    }
}
