package dev.retort.autogen.roundtrip;

import dev.retort.dialect.Inspector;
import dev.retort.dialect.sqlite.SqliteInspector;
import dev.retort.schema.Schema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The database a round trip runs on: a SQLite file, or a PostgreSQL database of its own. */
interface RoundTripDatabase extends AutoCloseable {
    String url();

    /** A connection for test data, enforcing foreign keys as the application would. */
    Connection connect() throws SQLException;

    Inspector inspector();

    /**
     * The intended schema as this database stores it, written from the database's documentation rather than
     * from Retort's code, so that facts read back can be compared with it. SQLite keeps what it is given.
     */
    default Schema spelledAsStored(Schema intended) {
        return intended;
    }

    @Override
    default void close() {
    }

    static RoundTripDatabase sqliteFile(Path file) {
        return sqliteFile(file, "jdbc:sqlite:" + file);
    }

    /** A SQLite file that Retort reaches by {@code url} (a dialect of its own may name it another way). */
    static RoundTripDatabase sqliteFile(Path file, String url) {
        return new RoundTripDatabase() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public Connection connect() throws SQLException {
                Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                try (Statement pragma = connection.createStatement()) {
                    pragma.execute("PRAGMA foreign_keys = ON");
                }
                return connection;
            }

            @Override
            public Inspector inspector() {
                return new SqliteInspector();
            }
        };
    }
}
