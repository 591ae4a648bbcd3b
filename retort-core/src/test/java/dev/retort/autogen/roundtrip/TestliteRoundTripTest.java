package dev.retort.autogen.roundtrip;

import dev.retort.dialect.Inspector;
import dev.retort.dialect.sqlite.SqliteInspector;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every model change round-trips on the test dialect (dev.retort.dialect.testlite, registered through
 * ServiceLoader in the test classpath alone): a dialect added as a jar runs the migration scenarios with no
 * change to generic code. Its database is a SQLite file, reached by a {@code jdbc:testlite:} URL.
 */
class TestliteRoundTripTest extends RoundTripContract {
    @Override
    ModelFormat format() {
        return new SqlModelFile();
    }

    @Override
    RoundTripDatabase database(Path dir) {
        Path file = dir.resolve("app.testlite");
        return new RoundTripDatabase() {
            @Override
            public String url() {
                return "jdbc:testlite:" + file;
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
