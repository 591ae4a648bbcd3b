package dev.retort.corpus;

import dev.retort.dialect.mysql.MariadbTestServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Acceptance 1 of issue 12 on MariaDB: the schemas in {@code corpus/mariadb}, loaded with the mariadb client,
 * compared with themselves, built by autogenerate and compared with the client-loaded catalog through
 * information_schema.
 */
class MariadbCorpusTest extends SchemaCorpusContract {
    @Override
    protected CorpusDialect dialect() {
        return new CorpusDialect() {
            @Override
            public String name() {
                return "mariadb";
            }

            @Override
            public Path corpusDir() {
                return Path.of("src/test/resources/corpus/mariadb").toAbsolutePath();
            }

            @Override
            public CorpusDatabase emptyDatabase(String label, Path workDir) {
                return new Database(MariadbTestServer.create());
            }
        };
    }

    private static final class Database implements CorpusDatabase {
        private static final String MINE = " TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'retort%'";
        /** Every object of the database, each query giving (key, description) rows. */
        private static final List<String> CATALOG = List.of(
                "SELECT CONCAT('table ', TABLE_NAME), CONCAT_WS('|', TABLE_TYPE, ENGINE, TABLE_COLLATION, TABLE_COMMENT)"
                        + " FROM information_schema.TABLES WHERE" + MINE,
                "SELECT CONCAT('column ', TABLE_NAME, '.', COLUMN_NAME), CONCAT_WS('|', ORDINAL_POSITION, COLUMN_TYPE,"
                        + " IS_NULLABLE, IFNULL(COLUMN_DEFAULT, '-'), EXTRA, IFNULL(COLLATION_NAME, '-'), COLUMN_COMMENT,"
                        + " IFNULL(GENERATION_EXPRESSION, '-')) FROM information_schema.COLUMNS WHERE" + MINE,
                "SELECT CONCAT('index ', TABLE_NAME, '.', INDEX_NAME), CONCAT_WS('|', SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE,"
                        + " INDEX_TYPE, IFNULL(SUB_PART, '-')) FROM information_schema.STATISTICS WHERE" + MINE,
                "SELECT CONCAT('foreign key ', r.TABLE_NAME, '.', r.CONSTRAINT_NAME), CONCAT_WS('|', r.REFERENCED_TABLE_NAME,"
                        + " r.UPDATE_RULE, r.DELETE_RULE) FROM information_schema.REFERENTIAL_CONSTRAINTS r"
                        + " WHERE r.CONSTRAINT_SCHEMA = DATABASE()",
                "SELECT CONCAT('check ', TABLE_NAME, '.', CONSTRAINT_NAME), CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = DATABASE()",
                "SELECT CONCAT('trigger ', TRIGGER_NAME), CONCAT_WS('|', EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION,"
                        + " ACTION_STATEMENT) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()",
                "SELECT CONCAT('view ', TABLE_NAME), VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()");

        private final MariadbTestServer database;

        Database(MariadbTestServer database) {
            this.database = database;
        }

        @Override
        public String url() {
            return database.url();
        }

        @Override
        public void loadWithClient(Path schemaFile) throws Exception {
            Process client = new ProcessBuilder("mariadb", "-h", "127.0.0.1", "-u", "root", database.database)
                    .redirectErrorStream(true).redirectInput(schemaFile.toFile()).start();
            String output = new String(client.getInputStream().readAllBytes());
            if (client.waitFor() != 0) {
                throw new IllegalStateException("the mariadb client could not load " + schemaFile + ": " + output);
            }
        }

        @Override
        public Map<String, List<String>> catalog() throws Exception {
            Map<String, List<String>> catalog = new TreeMap<>();
            try (Connection connection = database.connect(); Statement st = connection.createStatement()) {
                for (String query : CATALOG) {
                    try (ResultSet rs = st.executeQuery(query)) {
                        while (rs.next()) {
                            String key = rs.getString(1);
                            if (!key.contains("retort_")) {
                                // The database's own name appears in view and trigger bodies; each test has its own.
                                catalog.computeIfAbsent(key, k -> new ArrayList<>())
                                        .add(String.valueOf(rs.getString(2)).replace("`" + database.database + "`.", ""));
                            }
                        }
                    }
                }
            }
            catalog.values().forEach(rows -> rows.sort(null));
            return catalog;
        }

        @Override
        public List<String> tables() throws Exception {
            List<String> tables = new ArrayList<>();
            try (Connection connection = database.connect(); Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                         + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        }

        @Override
        public void close() throws Exception {
            database.close();
        }
    }
}
