package dev.retort.fidelity;

import dev.retort.dialect.mysql.MariadbTestServer;
import dev.retort.dialect.postgres.PostgresTestDatabase;
import dev.retort.dialect.postgres.PostgresTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Views and triggers on PostgreSQL and MariaDB: compared in the server's own spelling (the model's are
 * created in the scratch database and read back), changed by autogenerate, applied and reversed.
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
