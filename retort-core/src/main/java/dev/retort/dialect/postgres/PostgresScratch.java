package dev.retort.dialect.postgres;

import dev.retort.autogen.ScratchDatabase;
import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty schema on the live database that exists only inside a transaction which is always rolled back:
 * PostgreSQL's DDL is transactional, so whatever a schema.sql (or the models spelled as DDL) creates there
 * vanishes, and nothing is left behind even when the run is killed half-way. Unqualified names resolve to it
 * first ({@code SET LOCAL search_path}), and the inspector reads it as the current schema.
 */
public final class PostgresScratch implements ScratchDatabase {
    private final Connection live;
    private String schema;

    public PostgresScratch(Connection live) {
        this.live = live;
    }

    /** Begins the transaction and makes the scratch schema current; {@link #discard} rolls it all back. */
    @Override
    public Connection open() throws SQLException {
        schema = "retort_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        live.setAutoCommit(true);
        try (Statement st = live.createStatement()) {
            st.execute("BEGIN");
            try {
                st.execute("CREATE SCHEMA " + schema);
                st.execute("SET LOCAL search_path TO " + schema + ", public");
            } catch (SQLException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        }
        return live;
    }

    /**
     * A pg_dump or structure.sql file names the schema it was dumped from ({@code public.accounts},
     * {@code SET search_path = public}, {@code set_config('search_path', '', false)}): those names are pointed
     * at the scratch schema, and statements about the public schema itself are skipped, so the file runs as
     * shipped and nothing of it reaches the real schema.
     */
    @Override
    public String prepare(String statement) {
        return PostgresDumpStatements.intoSchema(statement, schema);
    }

    /** Rolls the scratch schema away and leaves the live connection open for the caller. */
    @Override
    public void discard(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        }
    }

    /** Runs {@code work} inside a scratch schema. */
    public <T> T inside(Work<T> work) {
        try {
            Connection connection = open();
            try {
                return work.run(connection);
            } finally {
                discard(connection);
            }
        } catch (SQLException e) {
            throw new RetortException("could not use a scratch schema on PostgreSQL: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public dev.retort.sql.SqlFlavor flavor() {
        return PostgresIdentifiers.FLAVOR;
    }
}
