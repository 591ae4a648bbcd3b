package dev.retort.fidelity;

import dev.retort.api.Retort;
import dev.retort.autogen.DiffResult;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.postgres.PostgresTestDatabase;
import dev.retort.dialect.postgres.PostgresTestServer;
import dev.retort.script.NewRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real {@code pg_dump --schema-only} file, and the same file as Rails keeps it (structure.sql with its
 * trailing {@code INSERT INTO schema_migrations}), as models: they are read into the scratch schema (the real
 * one is untouched until upgrade), match the database they were dumped from, and build an empty one that matches.
 */
class PostgresDumpModelsTest {
    static final String APP = """
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE TYPE order_state AS ENUM ('cart', 'paid', 'shipped');
            CREATE TABLE customers (id serial PRIMARY KEY, email varchar(200) NOT NULL UNIQUE, name text,
                created_at timestamptz NOT NULL DEFAULT now());
            COMMENT ON TABLE customers IS 'People who buy';
            CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
                state order_state NOT NULL DEFAULT 'cart', total numeric(12, 2) NOT NULL CHECK (total >= 0),
                placed_on date NOT NULL, total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED);
            COMMENT ON COLUMN orders.total IS 'Gross, in the shop''s currency';
            CREATE INDEX ix_orders_customer ON orders (customer_id) INCLUDE (state);
            CREATE INDEX ix_customers_name ON customers USING gin (name gin_trgm_ops);
            CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, payload jsonb, PRIMARY KEY (id, at))
                PARTITION BY RANGE (at);
            CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            CREATE TABLE schema_migrations (version varchar NOT NULL PRIMARY KEY);
            CREATE SEQUENCE invoice_numbers START 1000 INCREMENT BY 5;
            ALTER TABLE orders ADD COLUMN invoice_no bigint DEFAULT nextval('invoice_numbers');
            CREATE FUNCTION customers_email_lower() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.email := lower(NEW.email); -- compared without regard to case
                RETURN NEW;
            END;
            $$;
            CREATE TRIGGER customers_email BEFORE INSERT OR UPDATE ON customers
                FOR EACH ROW EXECUTE FUNCTION customers_email_lower();
            """;

    @Test
    void aPgDumpFileIsReadIntoTheScratchSchemaAndBuildsAnEmptyDatabase(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase source = PostgresTestServer.createDatabase();
             PostgresTestDatabase empty = PostgresTestServer.createDatabase()) {
            DumpTool.run(APP, "psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", source.name());
            String dump = DumpTool.run(null, "pg_dump", "--schema-only", "-h", "127.0.0.1", "-U", "postgres", source.name());
            assertTrue(dump.contains("CREATE TABLE public.customers") && dump.contains("set_config('search_path'"),
                    "pg_dump wrote the file as shipped: " + dump.substring(0, Math.min(400, dump.length())));
            assertTrue(dump.contains("CREATE FUNCTION public.customers_email_lower()")
                    && dump.contains("CREATE SEQUENCE public.invoice_numbers"), "the dump has the function and sequence");
            roundTrip(dir.resolve("dump"), dump, source, empty);
        }
    }

    @Test
    void aRailsStructureSqlWithItsTrailingInsertWorksAsModels(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase source = PostgresTestServer.createDatabase();
             PostgresTestDatabase empty = PostgresTestServer.createDatabase()) {
            DumpTool.run(APP, "psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", source.name());
            String structure = DumpTool.run(null, "pg_dump", "--schema-only", "--no-owner", "-h", "127.0.0.1",
                    "-U", "postgres", source.name())
                    + "\nSET search_path TO \"$user\", public;\n\nINSERT INTO \"schema_migrations\" (version) VALUES\n"
                    + "('20260101000000'),\n('20260102000000');\n\n";
            roundTrip(dir.resolve("rails"), structure, source, empty);
        }
    }

    private static void roundTrip(Path dir, String models, PostgresTestDatabase source, PostgresTestDatabase empty)
            throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Path schemaSql = dir.resolve("structure.sql");
        Files.writeString(schemaSql, models);
        DiffResult againstSource = retort(dir, source, schemaSql).compareModels();
        // Read, not left out: the file's function, trigger and standalone sequence compare with the database's.
        assertEquals(List.of(), againstSource.notHandled(), "nothing of the dump is left out");
        assertTrue(againstSource.isEmpty(), "check against the database the file was dumped from: " + againstSource.describe());

        Retort onEmpty = retort(dir, empty, schemaSql);
        Retort.Autogenerated revision = onEmpty.autogenerate(new NewRevision(NewRevision.randomId(), onEmpty.heads(),
                List.of(), List.of(), Instant.now(), "the application's schema"));
        assertNotNull(revision, "autogenerate found nothing to create");
        assertEquals(List.of(), tablesIn(empty), "reading the file left the real schema as it was");
        onEmpty.upgrade("head");
        DiffResult after = retort(dir, empty, schemaSql).compareModels();
        assertTrue(after.isEmpty(), "check after upgrade head: " + after.describe() + "\n" + Files.readString(revision.file()));
        assertEquals(List.of("customers_email|customers_email_lower", "invoice_numbers|5"), rowsIn(empty,
                "SELECT t.tgname || '|' || p.proname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid"
                        + " WHERE NOT t.tgisinternal UNION ALL SELECT sequencename || '|' || increment_by FROM pg_sequences"
                        + " WHERE schemaname = 'public' AND sequencename = 'invoice_numbers' ORDER BY 1"),
                "upgrade head built the dump's trigger, its function and the standalone sequence");
        assertEquals(List.of("customers", "events", "events_2026", "orders", "retort_log", "retort_version", "schema_migrations"),
                tablesIn(empty));
    }

    private static Retort retort(Path dir, PostgresTestDatabase db, Path models) {
        return Retort.open(RetortConfig.builder().projectDir(dir).url(db.url()).models(models).build());
    }

    private static List<String> tablesIn(PostgresTestDatabase db) throws Exception {
        return rowsIn(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }

    private static List<String> rowsIn(PostgresTestDatabase db, String sql) throws Exception {
        try (Connection connection = db.connect()) {
            return FeatureRoundTrip.rows(connection, sql);
        }
    }
}
