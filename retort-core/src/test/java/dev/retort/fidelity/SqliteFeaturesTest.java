package dev.retort.fidelity;

import dev.retort.corpus.SqliteCatalog;
import dev.retort.dialect.sqlite.SqliteSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Acceptance 2 of issue 12 on SQLite: each feature, changed in a schema.sql, is seen by check, written by
 * autogenerate, applied (the catalog shows it) and reversed (the catalog is as before).
 */
class SqliteFeaturesTest {
    private static final String PARENT = "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n";

    static Stream<Arguments> features() {
        return Stream.of(
                Arguments.of("column collation", PARENT
                                + "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, note TEXT);",
                        PARENT + "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL COLLATE NOCASE UNIQUE, note TEXT);",
                        "collation null -> NOCASE"),
                Arguments.of("WITHOUT ROWID", PARENT + "CREATE TABLE codes (code TEXT PRIMARY KEY, label TEXT);",
                        PARENT + "CREATE TABLE codes (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;",
                        "alter table options codes"),
                Arguments.of("STRICT", PARENT + "CREATE TABLE counts (id INTEGER PRIMARY KEY, n INT NOT NULL, label TEXT);",
                        PARENT + "CREATE TABLE counts (id INTEGER PRIMARY KEY, n INT NOT NULL, label TEXT) STRICT;",
                        "sqlite.strict"),
                Arguments.of("typeless column", PARENT + "CREATE TABLE settings (key TEXT PRIMARY KEY);",
                        PARENT + "CREATE TABLE settings (key TEXT PRIMARY KEY, value);",
                        "add column settings.value"),
                Arguments.of("typeless column given a type", PARENT + "CREATE TABLE settings (key TEXT PRIMARY KEY, value);",
                        PARENT + "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);",
                        "type UNTYPED -> TEXT"),
                Arguments.of("virtual table", PARENT + "CREATE VIRTUAL TABLE author_search USING fts5(name);",
                        PARENT + "CREATE VIRTUAL TABLE author_search USING fts5(name, bio, tokenize='porter');",
                        "create table author_search"),
                Arguments.of("VIRTUAL generated column", PARENT
                                + "CREATE TABLE lines (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, price INTEGER NOT NULL,"
                                + " total INTEGER GENERATED ALWAYS AS (qty * price) VIRTUAL);",
                        PARENT + "CREATE TABLE lines (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, price INTEGER NOT NULL,"
                                + " total INTEGER GENERATED ALWAYS AS (qty * price + 1) VIRTUAL);",
                        "generated AS (qty * price) VIRTUAL -> AS (qty * price + 1) VIRTUAL"),
                Arguments.of("STORED generated column added", PARENT
                                + "CREATE TABLE lines (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, price INTEGER NOT NULL);",
                        PARENT + "CREATE TABLE lines (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, price INTEGER NOT NULL,"
                                + " total INTEGER GENERATED ALWAYS AS (qty * price) STORED);",
                        "add column lines.total"),
                Arguments.of("DEFERRABLE foreign key", PARENT
                                + "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id));",
                        PARENT + "CREATE TABLE books (id INTEGER PRIMARY KEY,"
                                + " author_id INTEGER REFERENCES authors (id) DEFERRABLE INITIALLY DEFERRED);",
                        "foreign key"),
                Arguments.of("MATCH on a foreign key", PARENT
                                + "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id));",
                        PARENT + "CREATE TABLE books (id INTEGER PRIMARY KEY,"
                                + " author_id INTEGER REFERENCES authors (id) MATCH FULL);",
                        "foreign key"),
                Arguments.of("partial index", PARENT + "CREATE TABLE posts (id INTEGER PRIMARY KEY, state TEXT);"
                                + " CREATE INDEX ix_posts_state ON posts (state);",
                        PARENT + "CREATE TABLE posts (id INTEGER PRIMARY KEY, state TEXT);"
                                + " CREATE INDEX ix_posts_state ON posts (state) WHERE state <> 'done';",
                        "create index ix_posts_state"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void aChangeIsDetectedGeneratedAppliedAndReversed(String feature, String before, String after, String expected,
                                                      @TempDir Path dir) throws Exception {
        Path db = dir.resolve("app.sqlite3");
        FeatureRoundTrip trip = new FeatureRoundTrip(dir, "jdbc:sqlite:" + db,
                () -> DriverManager.getConnection("jdbc:sqlite:" + db),
                b -> b.dialectSettings("sqlite", new SqliteSettings(true, "off", 1)));
        trip.run(before, after, expected, c -> {
            List<String> rows = new ArrayList<>();
            for (Map.Entry<String, List<String>> entry : SqliteCatalog.of(c).entrySet()) {
                entry.getValue().forEach(row -> rows.add(entry.getKey() + ": " + row));
            }
            return rows;
        });
    }
}
