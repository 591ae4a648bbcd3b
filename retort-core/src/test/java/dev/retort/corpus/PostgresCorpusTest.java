package dev.retort.corpus;

import dev.retort.dialect.postgres.PostgresTestDatabase;
import dev.retort.dialect.postgres.PostgresTestServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Acceptance 1 of issue 12 on PostgreSQL: the schemas in {@code corpus/postgres}, loaded with psql, compared
 * with themselves, built by autogenerate and compared with the psql-loaded catalog through pg_catalog.
 */
class PostgresCorpusTest extends SchemaCorpusContract {
    @Override
    protected CorpusDialect dialect() {
        return new CorpusDialect() {
            @Override
            public String name() {
                return "postgresql";
            }

            @Override
            public Path corpusDir() {
                return Path.of("src/test/resources/corpus/postgres").toAbsolutePath();
            }

            @Override
            public CorpusDatabase emptyDatabase(String label, Path workDir) {
                return new Database(PostgresTestServer.createDatabase());
            }
        };
    }

    private static final class Database implements CorpusDatabase {
        /** Every object of the public schema, each query giving (key, description) rows in a stable order. */
        private static final List<String> CATALOG = List.of(
                "SELECT 'table ' || c.relname || ' ' || c.relkind::text, coalesce(pg_get_partkeydef(c.oid), '')"
                        + " || coalesce(' ' || pg_get_expr(c.relpartbound, c.oid), '')"
                        + " || coalesce(' comment ' || obj_description(c.oid, 'pg_class'), '')"
                        + " FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v')"
                        + " AND c.relname NOT LIKE 'retort%'",
                "SELECT 'column ' || c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod) || ' '"
                        + " || a.attnotnull || ' ' || a.attidentity::text || a.attgenerated::text || ' '"
                        + " || coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' ' || coalesce(co.collname, '')"
                        + " || coalesce(' comment ' || col_description(c.oid, a.attnum), '')"
                        + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                        + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        + " LEFT JOIN pg_collation co ON co.oid = a.attcollation AND co.collname <> 'default'"
                        + " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v') AND a.attnum > 0"
                        + " AND NOT a.attisdropped AND c.relname NOT LIKE 'retort%'",
                "SELECT 'constraint ' || c.relname || '.' || con.conname, pg_get_constraintdef(con.oid, true)"
                        + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
                        + " WHERE c.relnamespace = 'public'::regnamespace AND c.relname NOT LIKE 'retort%'",
                "SELECT 'index ' || indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
                        + " AND tablename NOT LIKE 'retort%'",
                "SELECT 'type ' || t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t"
                        + " JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname",
                "SELECT 'extension ' || extname, '' FROM pg_extension WHERE extname <> 'plpgsql'",
                "SELECT 'view ' || viewname, definition FROM pg_views WHERE schemaname = 'public'",
                "SELECT 'trigger ' || tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal",
                "SELECT 'function ' || p.oid::regprocedure, pg_get_functiondef(p.oid) FROM pg_proc p"
                        + " WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p') AND NOT EXISTS"
                        + " (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')",
                "SELECT 'sequence ' || sequencename, data_type || ' ' || start_value || ' ' || min_value || ' ' || max_value"
                        + " || ' ' || increment_by || ' ' || cycle || ' ' || cache_size FROM pg_sequences"
                        + " WHERE schemaname = 'public' AND sequencename NOT LIKE 'retort%'");

        private final PostgresTestDatabase database;

        Database(PostgresTestDatabase database) {
            this.database = database;
        }

        @Override
        public String url() {
            return database.url();
        }

        @Override
        public void loadWithClient(Path schemaFile) throws Exception {
            Process psql = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres",
                    "-f", schemaFile.toAbsolutePath().toString(), database.name()).redirectErrorStream(true).start();
            String output = new String(psql.getInputStream().readAllBytes());
            if (psql.waitFor() != 0) {
                throw new IllegalStateException("psql could not load " + schemaFile + ": " + output);
            }
        }

        @Override
        public Map<String, List<String>> catalog() throws Exception {
            Map<String, List<String>> catalog = new TreeMap<>();
            try (Connection connection = database.connect(); Statement st = connection.createStatement()) {
                for (String query : CATALOG) {
                    try (ResultSet rs = st.executeQuery(query)) {
                        while (rs.next()) {
                            catalog.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
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
                 ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
