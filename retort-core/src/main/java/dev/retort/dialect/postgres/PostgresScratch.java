package dev.retort.dialect.postgres;

import dev.retort.autogen.ScratchDatabase;
import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An empty schema on the live database that exists only inside a transaction which is always rolled back:
 * PostgreSQL's DDL is transactional, so whatever a schema.sql (or the models spelled as DDL) creates there
 * vanishes, and nothing is left behind even when the run is killed half-way. Unqualified names resolve to it
 * first ({@code SET LOCAL search_path}), and the inspector reads it as the current schema.
 */
public final class PostgresScratch implements ScratchDatabase {
    /** What only a real database takes, or what would point the file back at the real schema: left out. */
    private static final Pattern SKIPPED = Pattern.compile("(?is)\\s*(?:--[^\\n]*\\n\\s*)*(?:"
            + "SET\\s+search_path\\b.*|SELECT\\s+pg_catalog\\.set_config\\s*\\(\\s*'search_path'.*"
            + "|ALTER\\s+.*\\sOWNER\\s+TO\\s.*|CREATE\\s+SCHEMA\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?public\\b.*"
            + "|COMMENT\\s+ON\\s+SCHEMA\\s+public\\b.*|GRANT\\s.*|REVOKE\\s.*|SET\\s+default_tablespace\\b.*)");
    private static final Pattern META_COMMAND = Pattern.compile("(?m)^\\\\[a-z].*$");
    /** A name qualified with the default schema, as pg_dump writes every one: {@code public.accounts}. */
    private static final Pattern PUBLIC = Pattern.compile("(?<![\\w\".])(?:public|\"public\")\\.");

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
     * pg_dump and Rails' structure.sql qualify every name with {@code public} and clear the search path
     * (postgresql.org/docs/current/app-pgdump.html): the qualifier is pointed at the scratch schema, the search
     * path kept on it, and ownership, grants and the public schema's own statements left out, so the file
     * builds the scratch schema and never touches the real one.
     */
    @Override
    public List<String> adapt(String written) {
        // psql's meta-commands (recent pg_dump releases open and close the file with one) are not SQL.
        String statement = META_COMMAND.matcher(written).replaceAll("");
        if (statement.isBlank() || SKIPPED.matcher(statement).matches()) {
            return List.of();
        }
        return List.of(PUBLIC.matcher(statement).replaceAll(schema + "."));
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
}
