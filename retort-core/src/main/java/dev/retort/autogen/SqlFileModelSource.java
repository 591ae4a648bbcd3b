package dev.retort.autogen;

import dev.retort.dialect.Inspector;
import dev.retort.error.RetortException;
import dev.retort.schema.Schema;
import dev.retort.script.SqlStatements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * The target schema from a {@code schema.sql}: its statements run on a scratch database of the same
 * dialect, which the dialect's inspector then reads back, so the result compares like with like.
 */
public final class SqlFileModelSource implements ModelSource {
    private final Path schemaSql;
    private final ScratchDatabase scratch;
    private final Inspector inspector;

    public SqlFileModelSource(Path schemaSql, ScratchDatabase scratch, Inspector inspector) {
        this.schemaSql = Objects.requireNonNull(schemaSql, "schemaSql");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
    }

    @Override
    public Schema load() {
        String sql;
        try {
            sql = Files.readString(schemaSql);
        } catch (IOException e) {
            throw new RetortException("cannot read " + schemaSql + ": " + e.getMessage()
                    + "; set `models` in retort.toml", e);
        }
        List<String> statements = sql.lines().anyMatch(l -> l.strip().toUpperCase(java.util.Locale.ROOT).startsWith("DELIMITER "))
                ? DelimitedScript.statements(sql, scratch.flavor()) : SqlStatements.split(sql, scratch.flavor());
        Connection connection;
        try {
            connection = scratch.open();
        } catch (SQLException e) {
            throw new RetortException("cannot open a scratch database to read " + schemaSql + ": " + e.getMessage(), e);
        }
        try {
            for (int i = 0; i < statements.size(); i++) {
                String prepared = scratch.prepare(statements.get(i));
                if (prepared == null) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute(prepared);
                } catch (SQLException e) {
                    throw new RetortException(schemaSql + ": statement " + (i + 1) + " (" + firstLine(statements.get(i))
                            + ") failed on the scratch database: " + e.getMessage() + "; fix it and run again", e);
                }
            }
            Schema schema = inspector.inspect(connection);
            if (!statements.isEmpty() && schema.tables().isEmpty() && schema.views().isEmpty()
                    && schema.triggers().isEmpty() && schema.unsupported().isEmpty()) {
                // Comparing with nothing would propose dropping every table: a schema that read as empty is a mistake.
                throw new RetortException(schemaSql + ": its " + statements.size() + " statement(s) created no table"
                        + " or view where Retort reads the models (the scratch database); check that they create"
                        + " tables rather than only set options, or point `models` at the right file");
            }
            return schema;
        } finally {
            try {
                scratch.discard(connection);
            } catch (SQLException e) {
                // The scratch database held only a copy of the models; failing to throw it away loses nothing.
            }
        }
    }

    private static String firstLine(String statement) {
        String line = statement.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
