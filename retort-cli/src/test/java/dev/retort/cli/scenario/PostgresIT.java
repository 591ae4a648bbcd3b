package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The everyday verbs against a PostgreSQL database given with {@code --url}: models in a schema.sql, check,
 * autogenerate, upgrade, current, history, downgrade, {@code upgrade --sql}, {@code test}; a password in the URL
 * is never printed; {@code backup}, which works on SQLite files, says so in one line.
 */
class PostgresIT {
    private static final String ACCOUNTS = """
            CREATE TABLE accounts (
                id SERIAL PRIMARY KEY,
                email VARCHAR(200) NOT NULL UNIQUE,
                plan VARCHAR(20) NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro'))%s
            );
            CREATE INDEX ix_accounts_plan ON accounts (plan) WHERE plan <> 'free';
            """;

    @Test
    void everydayVerbsOnAUrl(@TempDir Path dir) throws IOException {
        try (PostgresServer db = PostgresServer.createDatabase()) {
            Project p = Project.init(dir);
            Path toml = dir.resolve("retort.toml");
            Files.writeString(toml, Files.readString(toml).replaceFirst("# models = \"models\"", "models = \"schema.sql\""));
            Files.writeString(dir.resolve("schema.sql"), ACCOUNTS.formatted(""));
            String url = db.url();

            var drift = p.fails(3, "check", "--url", url);
            assertTrue(drift.out().contains("create table accounts"), drift.toString());
            p.ok("revision", "--autogenerate", "-m", "create accounts", "--url", url);
            p.ok("upgrade", "head", "--url", url);
            assertTrue(p.ok("check", "--url", url).out().contains("No differences"), "the check constraint and the"
                    + " partial index read back the same from the models' scratch schema and the database");

            Files.writeString(dir.resolve("schema.sql"), ACCOUNTS.formatted(",\n    note TEXT"));
            p.ok("revision", "--autogenerate", "-m", "add account notes", "--url", url);
            String first = revisionId(p, "create_accounts");
            String second = revisionId(p, "add_account_notes");
            p.ok("upgrade", "head", "--url", url);
            assertTrue(p.ok("current", "--url", url).out().contains(second));
            var history = p.ok("history", "--indicate-current", "--url", url);
            assertTrue(history.out().contains(first) && history.out().contains("add account notes"), history.toString());
            assertEquals(List.of(second), db.query("SELECT version_num FROM retort_version"));

            p.ok("downgrade", "-1", "--url", url);
            assertEquals(List.of(first), db.query("SELECT version_num FROM retort_version"));
            assertEquals(List.of("email", "id", "plan"), db.query("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'accounts' ORDER BY column_name"));
            var behind = p.fails(3, "check", "--url", url);
            assertTrue(behind.out().contains("add column accounts.note"), behind.toString());

            var sql = p.ok("upgrade", "head", "--sql", "--url", url);
            assertTrue(sql.out().contains("SELECT pg_advisory_xact_lock(") && sql.out().contains("CREATE TABLE accounts")
                    && sql.out().contains("ALTER TABLE accounts ADD COLUMN note TEXT;"), sql.toString());
            assertEquals(List.of(first), db.query("SELECT version_num FROM retort_version"), "--sql changes nothing");
        }
    }

    @Test
    void passwordsStayHiddenTestRehearsesAndBackupRefusesInOneLine(@TempDir Path dir) {
        try (PostgresServer db = PostgresServer.createDatabase()) {
            Project p = Project.init(dir);
            p.revision("aaa111", "", "create t1", "op.createTable(\"t1\", column(\"id\", INTEGER).primaryKey());",
                    "op.dropTable(\"t1\");");
            // The server trusts local connections, so any password works; it must still never be printed.
            String url = db.url("postgres:s3cretpw@");
            var up = p.ok("upgrade", "head", "--url", url);
            var current = p.ok("current", "--verbose", "--url", url);
            assertFalse((up.all() + current.all()).contains("s3cretpw"), up.all() + current.all());
            assertEquals(List.of("aaa111"), db.query("SELECT version_num FROM retort_version"));

            var refused = p.fails(1, "backup", "--url", url);
            assertEquals(1, refused.err().lines().count(), refused.toString());
            assertTrue(refused.err().contains("postgres:***@") && !refused.err().contains("s3cretpw"), refused.toString());

            var rehearsal = p.ok("test", "--url", url);
            assertTrue(rehearsal.out().contains("Rehearsing on a copy of jdbc:postgresql://postgres:***@"), rehearsal.toString());
            assertFalse(rehearsal.all().contains("s3cretpw"), rehearsal.toString());
            assertEquals(List.of("aaa111"), db.query("SELECT version_num FROM retort_version"));
        }
    }

    private static String revisionId(Project p, String slug) {
        List<Path> files = p.files(slug);
        assertEquals(1, files.size(), slug + ": " + files);
        return files.get(0).getFileName().toString().substring(0, 12);
    }
}
