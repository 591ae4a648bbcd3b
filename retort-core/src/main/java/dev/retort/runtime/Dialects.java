package dev.retort.runtime;

import dev.retort.api.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.dialect.sqlite.SqliteOptions;
import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The dialect for a database family's name ("sqlite", "postgresql"), with its connection set up for Retort. */
public final class Dialects {
    /** How long a runner waits for another one's lock before giving up (SQLite busy timeout). */
    static final int LOCK_WAIT_MILLIS = 120_000;
    /** SQLite's page cache for Retort's connection, in KiB: room for the tables a revision checks or rebuilds. */
    static final int CACHE_KIB = 256 * 1024;

    private Dialects() {
    }

    /** The dialect that speaks to {@code connection}; refuses a family this build cannot migrate. */
    public static Dialect forConnection(String name, Connection connection, RetortConfig config) throws SQLException {
        return switch (name) {
            case "sqlite" -> {
                try (Statement statement = connection.createStatement()) {
                    // Concurrent runners queue on the write lock instead of failing with SQLITE_BUSY.
                    statement.execute("PRAGMA busy_timeout = " + LOCK_WAIT_MILLIS);
                    // Every revision runs PRAGMA foreign_key_check, which looks up each child row's parent; with
                    // SQLite's default 2 MB page cache those lookups re-read the parent table from the file
                    // over and over once it outgrows the cache (sqlite.org/pragma.html#pragma_cache_size).
                    statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
                    // Run with what the application runs with; each revision's transaction handles it from there.
                    statement.execute("PRAGMA foreign_keys = " + (config.sqlite().foreignKeys() ? "ON" : "OFF"));
                }
                yield new SqliteDialect(new SqliteOptions(config.sqlite().foreignKeys()));
            }
            case "postgresql" -> new PostgresDialect();
            default -> throw unsupported(name);
        };
    }

    /** Refuses a family this build cannot migrate before anything connects to it. */
    public static void requireSupported(String name) {
        if (!name.equals("sqlite") && !name.equals("postgresql")) {
            throw unsupported(name);
        }
    }

    private static RetortException unsupported(String name) {
        return new RetortException(name + " support is not part of this build yet; Retort runs on "
                + "SQLite (jdbc:sqlite:FILE) and PostgreSQL (jdbc:postgresql://HOST/DB)");
    }

    /** The dialect by name alone, for work that needs no connection (writing SQL with --sql). */
    public static Dialect offline(String name, RetortConfig config) {
        return switch (name) {
            case "sqlite" -> new SqliteDialect(new SqliteOptions(config.sqlite().foreignKeys()));
            case "postgresql" -> new PostgresDialect();
            default -> throw unsupported(name);
        };
    }
}
