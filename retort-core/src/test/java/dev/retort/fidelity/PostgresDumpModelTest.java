package dev.retort.fidelity;

import dev.retort.api.Retort;
import dev.retort.autogen.DiffResult;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.postgres.PostgresTestDatabase;
import dev.retort.dialect.postgres.PostgresTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code pg_dump --schema-only} / Rails {@code structure.sql} file works as models as it is shipped:
 * schema-qualified names, search_path settings and a trailing INSERT into schema_migrations are read into the
 * scratch schema, and the real public schema is not touched.
 */
class PostgresDumpModelTest {
    private static final String DUMP = """
            --
            -- PostgreSQL database dump
            --
            SET statement_timeout = 0;
            SET client_encoding = 'UTF8';
            SELECT pg_catalog.set_config('search_path', '', false);
            SET check_function_bodies = false;

            CREATE SCHEMA IF NOT EXISTS public;
            COMMENT ON SCHEMA public IS 'standard public schema';

            CREATE TABLE public.accounts (
                id bigint NOT NULL,
                email character varying(200) NOT NULL,
                created_at timestamp without time zone DEFAULT now() NOT NULL
            );
            CREATE TABLE public.schema_migrations (version character varying NOT NULL);
            CREATE TABLE public.notes (
                id bigint NOT NULL,
                account_id bigint NOT NULL,
                body text
            );
            ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
            ALTER TABLE ONLY public.notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
            ALTER TABLE ONLY public.schema_migrations ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);
            CREATE INDEX index_notes_on_account_id ON public.notes USING btree (account_id);
            ALTER TABLE ONLY public.notes
                ADD CONSTRAINT fk_rails_notes_account FOREIGN KEY (account_id) REFERENCES public.accounts(id);

            SET search_path TO "$user", public;
            INSERT INTO "schema_migrations" (version) VALUES
            ('20240101000000'),
            ('20240202000000');
            """;

    @Test
    void aPgDumpFileIsReadIntoTheScratchSchemaAsItIsShipped(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase()) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE accounts (id integer PRIMARY KEY, legacy text)");
            }
            Files.createDirectories(dir.resolve("migrations/versions"));
            Files.writeString(dir.resolve("structure.sql"), DUMP);
            Retort retort = Retort.open(RetortConfig.builder().projectDir(dir).url(db.url())
                    .models(dir.resolve("structure.sql")).build());
            DiffResult diff = retort.compareModels();
            List<String> lines = diff.describe();
            assertTrue(lines.contains("create table notes") && lines.contains("create table schema_migrations"),
                    () -> "the dump's tables are the models: " + lines);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("add column accounts.email")), () -> lines.toString());
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name,"
                         + " column_name) FROM information_schema.columns WHERE table_schema = 'public'")) {
                rs.next();
                assertEquals("accounts.id,accounts.legacy", rs.getString(1), "the real schema is as it was");
            }
        }
    }
}
