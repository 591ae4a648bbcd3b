package dev.retort.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One database a corpus step runs on, seen through the dialect's own tools rather than Retort's. */
public interface CorpusDatabase extends AutoCloseable {
    /** The JDBC URL Retort reaches it by. */
    String url();

    /** Loads a schema file with the dialect's own client ({@code sqlite3}, {@code psql}, {@code mariadb}). */
    void loadWithClient(Path schemaFile) throws Exception;

    /**
     * The catalog, object by object, from the dialect's own catalog queries (never Retort's inspector): a
     * key per object ({@code "table users"}, {@code "index ix_users_email"}) and the rows that describe it,
     * normalised only where the server itself does not keep one spelling. Retort's tables are left out.
     */
    Map<String, List<String>> catalog() throws Exception;

    /** The names of the tables the database has, Retort's included. */
    List<String> tables() throws Exception;

    @Override
    void close() throws Exception;
}
