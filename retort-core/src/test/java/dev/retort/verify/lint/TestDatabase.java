package dev.retort.verify.lint;

import dev.retort.config.RetortConfig;
import dev.retort.runtime.Database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A SQLite file set up by plain SQL, opened the way Retort opens the configured database. */
final class TestDatabase {
    private TestDatabase() {
    }

    static Database create(Path dir, String... statements) throws SQLException {
        Path file = dir.resolve("app.sqlite3");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        return Database.open(RetortConfig.builder().projectDir(dir).url("jdbc:sqlite:" + file).build());
    }
}
