package dev.retort.fidelity;

import dev.retort.api.Retort;
import dev.retort.autogen.DiffResult;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.mysql.MariadbTestServer;
import dev.retort.dialect.postgres.PostgresTestDatabase;
import dev.retort.dialect.postgres.PostgresTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Views and triggers on PostgreSQL and MariaDB: compared in the server's own spelling (the model's are
 * created in the scratch database and read back), changed by autogenerate, applied and reversed. On PostgreSQL
 * a trigger's own function travels with it: created before it, dropped after it.
 */
class ServerViewsAndTriggersTest {
    private static final String PG_TABLES = """
            CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
            CREATE TABLE audit (id integer PRIMARY KEY, account_id integer, what text);
            """;

    @Test
    void postgresViewsAndTriggersAreDetectedGeneratedAppliedAndReversed(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase()) {
            FeatureRoundTrip trip = new FeatureRoundTrip(dir, db.url(), db::connect, b -> b);
            trip.run(PG_TABLES + """
                    CREATE VIEW active_accounts AS SELECT id, email FROM accounts WHERE active;
                    CREATE VIEW active_emails AS SELECT email FROM active_accounts;
                    CREATE TRIGGER accounts_same BEFORE UPDATE ON accounts
                        FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
                    """, PG_TABLES + """
                    CREATE VIEW active_accounts AS SELECT id, email, active FROM accounts WHERE active AND email <> '';
                    CREATE VIEW active_emails AS SELECT email FROM active_accounts;
                    CREATE VIEW audit_counts AS SELECT account_id, count(*) AS changes FROM audit GROUP BY account_id;
                    CREATE TRIGGER accounts_same BEFORE UPDATE ON accounts
                        FOR EACH ROW WHEN (old.email IS NOT NULL) EXECUTE FUNCTION suppress_redundant_updates_trigger();
                    """, "create view audit_counts",
                    c -> FeatureRoundTrip.rows(c, "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public'"
                            + " UNION ALL SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal"
                            + " ORDER BY 1"));
        }
    }

    private static final String PG_AUDIT = """
            CREATE FUNCTION audit_account() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO audit (id, account_id, what) VALUES (NEW.id * 1000 + 1, NEW.id, 'changed: ' || TG_OP);
                RETURN NEW;
            END;
            $$;
            CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE ON accounts
                FOR EACH ROW EXECUTE FUNCTION audit_account();
            """;

    @Test
    void postgresTriggerFunctionIsCreatedBeforeItsTriggerAndDroppedAfterIt(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase()) {
            String source = new FeatureRoundTrip(dir, db.url(), db::connect, b -> b).run(PG_TABLES, PG_TABLES + PG_AUDIT,
                    "CREATE OR REPLACE FUNCTION audit_account()",
                    c -> FeatureRoundTrip.rows(c, "SELECT t.tgname || '|' || p.proname || '|' || p.prosrc FROM pg_proc p"
                            + " LEFT JOIN pg_trigger t ON t.tgfoid = p.oid WHERE p.pronamespace = 'public'::regnamespace"));
            String upgrade = source.substring(0, source.indexOf("public void downgrade"));
            String downgrade = source.substring(source.indexOf("public void downgrade"));
            int created = upgrade.indexOf("CREATE OR REPLACE FUNCTION audit_account()");
            assertTrue(created >= 0 && created < upgrade.indexOf("createTrigger(\"accounts_audit\""),
                    () -> "the function is created before the trigger that calls it:\n" + source);
            assertTrue(upgrade.contains("AS $function$"), () -> "the function as the server printed it:\n" + source);
            int triggerDropped = downgrade.indexOf("dropTrigger(\"accounts_audit\"");
            assertTrue(triggerDropped >= 0 && triggerDropped < downgrade.indexOf("DROP FUNCTION audit_account()"),
                    () -> "the function is dropped after its trigger:\n" + source);
        }
    }

    @Test
    void postgresTriggerFunctionFromASqlRevisionMatchesTheModelsThatDeclareIt(@TempDir Path dir) throws Exception {
        try (PostgresTestDatabase db = PostgresTestServer.createDatabase()) {
            Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
            Files.writeString(versions.resolve("f10000000001_audit.sql"), "-- Revision: f10000000001\n-- Revises:\n"
                    + "-- Message: accounts and their audit trigger\n-- retort:upgrade\n" + PG_TABLES + PG_AUDIT
                    + "-- retort:downgrade\nDROP TRIGGER accounts_audit ON accounts;\nDROP FUNCTION audit_account();\n"
                    + "DROP TABLE audit;\nDROP TABLE accounts;\n");
            Files.writeString(dir.resolve("schema.sql"), PG_TABLES + PG_AUDIT);
            Retort retort = Retort.open(RetortConfig.builder().projectDir(dir).url(db.url())
                    .models(dir.resolve("schema.sql")).build());
            retort.upgrade("head");
            DiffResult same = retort.compareModels();
            assertTrue(same.isEmpty(), () -> "the revision's function and trigger are the models': " + same.describe());
            Files.writeString(dir.resolve("schema.sql"), PG_TABLES + PG_AUDIT.replace("'changed: '", "'written: '"));
            DiffResult changed = retort.compareModels();
            assertEquals(List.of(), changed.notHandled(), "the trigger and its function are handled");
            assertTrue(changed.describe().stream().anyMatch(l -> l.contains("CREATE OR REPLACE FUNCTION audit_account()")),
                    () -> "a changed body is a change: " + changed.describe());
        }
    }

    private static final String MARIADB_TABLES = """
            CREATE TABLE accounts (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL, active TINYINT NOT NULL DEFAULT 1);
            CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, account_id INT, what VARCHAR(20));
            """;

    @Test
    void mariadbViewsAndTriggersAreDetectedGeneratedAppliedAndReversed(@TempDir Path dir) throws Exception {
        try (MariadbTestServer db = MariadbTestServer.create()) {
            FeatureRoundTrip trip = new FeatureRoundTrip(dir, db.url(), db::connect, b -> b);
            trip.run(MARIADB_TABLES + """
                    CREATE VIEW active_accounts AS SELECT id, email FROM accounts WHERE active = 1;
                    CREATE VIEW active_emails AS SELECT email FROM active_accounts;
                    CREATE TRIGGER accounts_audit AFTER UPDATE ON accounts FOR EACH ROW
                        INSERT INTO audit (account_id, what) VALUES (NEW.id, 'update');
                    """, MARIADB_TABLES + """
                    CREATE VIEW active_accounts AS SELECT id, email, active FROM accounts WHERE active <> 0;
                    CREATE VIEW active_emails AS SELECT email FROM active_accounts;
                    CREATE VIEW audit_counts AS SELECT account_id, count(*) AS changes FROM audit GROUP BY account_id;
                    -- only real changes are audited
                    CREATE TRIGGER accounts_audit AFTER UPDATE ON accounts FOR EACH ROW
                    BEGIN
                        IF OLD.email <> NEW.email THEN
                            INSERT INTO audit (account_id, what) VALUES (NEW.id, CASE WHEN NEW.active = 1 THEN 'email' ELSE 'idle' END);
                        END IF;
                    END;
                    """, "create view audit_counts",
                    c -> FeatureRoundTrip.rows(c, "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
                            + " WHERE TABLE_SCHEMA = DATABASE() UNION ALL SELECT TRIGGER_NAME, ACTION_STATEMENT"
                            + " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY 1"));
        }
    }
}
