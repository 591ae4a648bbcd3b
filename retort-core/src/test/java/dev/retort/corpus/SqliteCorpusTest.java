package dev.retort.corpus;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.sqlite.SqliteSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Acceptance 1 of issue 12 on SQLite: the schemas in {@code corpus/sqlite}, loaded by the sqlite3 client. */
class SqliteCorpusTest extends SchemaCorpusContract {

    @Override
    protected CorpusDialect dialect() {
        return new CorpusDialect() {
            @Override
            public String name() {
                return "sqlite";
            }

            @Override
            public Path corpusDir() {
                return Corpus.folder("sqlite");
            }

            @Override
            public CorpusDatabase emptyDatabase(String label, Path workDir) throws Exception {
                Files.createDirectories(workDir);
                return new SqliteFile(workDir.resolve(label + ".sqlite3"));
            }

            @Override
            public RetortConfig.Builder configure(RetortConfig.Builder builder) {
                return builder.dialectSettings("sqlite", new SqliteSettings(true, "off", 1));
            }
        };
    }

    /** A database file; the sqlite3 client loads schemas into it, as a user would ({@code sqlite3 app.db < schema.sql}). */
    private record SqliteFile(Path file) implements CorpusDatabase {
        @Override
        public String url() {
            return "jdbc:sqlite:" + file;
        }

        @Override
        public void loadWithClient(Path schemaFile) throws Exception {
            Process client = new ProcessBuilder("sqlite3", "-bail", file.toString())
                    .redirectInput(schemaFile.toFile()).redirectErrorStream(true).start();
            String output = new String(client.getInputStream().readAllBytes());
            assertEquals(0, client.waitFor(), () -> "sqlite3 could not load " + schemaFile + ":\n" + output);
        }

        @Override
        public Map<String, List<String>> catalog() throws Exception {
            try (Connection connection = DriverManager.getConnection(url())) {
                return SqliteCatalog.of(connection);
            }
        }

        @Override
        public List<String> tables() throws Exception {
            try (Connection connection = DriverManager.getConnection(url())) {
                return SqliteCatalog.tables(connection);
            }
        }

        @Override
        public void close() throws Exception {
            Files.deleteIfExists(file);
        }
    }
}
