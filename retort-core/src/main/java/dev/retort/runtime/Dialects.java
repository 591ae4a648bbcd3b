package dev.retort.runtime;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.autogen.DiffHooks;
import dev.retort.autogen.ScratchDatabase;
import dev.retort.dialect.mysql.MysqlDiffHooks;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.mysql.MysqlScratchDatabase;
import dev.retort.dialect.mysql.MysqlServer;
import dev.retort.dialect.postgres.PostgresDiffHooks;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.postgres.PostgresModels;
import dev.retort.dialect.postgres.PostgresScratchSchema;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.dialect.sqlite.SqliteOptions;
import dev.retort.error.RetortException;
import dev.retort.schema.Schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The dialect for a database family's name ("sqlite", "postgresql", "mysql"), with its connection set up for Retort. */
public final class Dialects {
    /** How long a runner waits for another one's lock before giving up (SQLite busy timeout). */
    static final int LOCK_WAIT_MILLIS = 120_000;
    /** SQLite's page cache for Retort's connection, in KiB: room for the tables a revision checks or rebuilds. */
    static final int CACHE_KIB = 256 * 1024;

    private Dialects() {
    }

    /** The dialect that speaks to {@code connection}; refuses a family this build cannot migrate. */
    public static Dialect forConnection(String name, Connection connection, RetortConfig config) throws SQLException {
        if (name.equals("sqlite")) {
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
        }
        if (name.equals("mysql")) {
            // Online, the dialect asks the server which MySQL or MariaDB it is. sql_mode needs nothing here:
            // MysqlRevisionTransaction makes each revision strict and restores it.
            return new MysqlDialect();
        }
        return byName(name, config);
    }

    private static RetortException unsupported(String name) {
        return new RetortException(name + " support is not part of this build yet; Retort runs on "
                + "SQLite (jdbc:sqlite:FILE), PostgreSQL (jdbc:postgresql://HOST/DB) and MySQL/MariaDB "
                + "(jdbc:mariadb://HOST/DB)");
    }

    /** How the diff decides what is "the same" on this family (types, defaults, expressions). */
    public static DiffHooks diffHooks(String name) {
        return switch (name) {
            case "postgresql" -> new PostgresDiffHooks();
            case "mysql" -> new MysqlDiffHooks();
            default -> new DiffHooks();
        };
    }

    /**
     * Where a schema.sql model is applied to be read back: a private in-memory SQLite database, or on PostgreSQL
     * a schema of the live database that exists only in a rolled-back transaction, on MySQL a database of
     * its own on the live server, dropped after.
     */
    public static ScratchDatabase scratch(String name, Connection live) {
        if (name.equals("postgresql")) {
            return new PostgresScratchSchema(live);
        }
        if (name.equals("mysql")) {
            return new MysqlScratchDatabase(live);
        }
        return () -> DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    /** Models written in Java, spelled as the database would store them (PostgreSQL rewrites expressions). */
    public static Schema asStored(Database database, Schema models) {
        if (database != null && database.dialect().name().equals("postgresql")) {
            return PostgresModels.asStored(models, database.connection());
        }
        return models;
    }

    /** The dialect by name alone, for work that needs no connection (writing SQL with --sql); refuses unknown ones. */
    public static Dialect byName(String name, RetortConfig config) {
        return switch (name) {
            case "sqlite" -> new SqliteDialect(new SqliteOptions(config.sqlite().foreignKeys()));
            case "postgresql" -> new PostgresDialect();
            // No server to ask, and nothing is read (the session has no connection).
            case "mysql" -> new MysqlDialect(offlineMysqlServer(config.url()));
            default -> throw unsupported(name);
        };
    }

    /**
     * The server --sql writes for, with none to ask: the oldest MySQL Retort supports for a jdbc:mysql: URL (MySQL
     * and MariaDB differ in expression indexes and dropping checks), else MariaDB as {@link MysqlServer#DEFAULT}.
     */
    static MysqlServer offlineMysqlServer(String url) {
        return url != null && url.startsWith("jdbc:mysql:") ? MysqlServer.mysql(8, 0, 16) : MysqlServer.DEFAULT;
    }
}
