package dev.retort.dialect.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * One test's own schema, new and empty, in a database the test JVM shares; dropped (with all it holds) on close.
 * Retort reads and writes only the current schema ({@code current_schema()}), and the URL makes this schema the
 * current one and the only one on the search path, so a test sees what it would see in a database of its own;
 * creating a schema costs a few catalog rows where CREATE DATABASE copies the whole template (and ships it as
 * WAL to the standby replicating this server).
 */
public final class PostgresTestSchema implements AutoCloseable {
    private final String server;
    private final String database;
    private final String name;

    PostgresTestSchema(String server, String database, String name) {
        this.server = server;
        this.database = database;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The URL Retort is given: the shared database, with this schema as the current (and only searched) one. */
    public String url() {
        return "jdbc:postgresql:" + server + database + "?user=postgres&currentSchema=" + name;
    }

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("currentSchema", name);
        return PostgresTestServer.connect(server, database, properties);
    }

    @Override
    public void close() {
        try (Connection connection = PostgresTestServer.connect(server, database, new Properties());
             Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + name + ": " + e.getMessage(), e);
        }
    }
}
