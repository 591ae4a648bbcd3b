package dev.retort.fidelity;

import dev.retort.dialect.sqlite.SqliteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views and triggers on SQLite: created in dependency order, compared by their text, changed and reversed. */
class SqliteViewsAndTriggersTest {
    private static final String TABLES = """
            CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1);
            CREATE TABLE audit (id INTEGER PRIMARY KEY, account_id INTEGER, what TEXT);
            """;
    private static final String BEFORE = TABLES + """
            CREATE VIEW active_accounts AS SELECT id, email FROM accounts WHERE active = 1;
            CREATE VIEW active_emails AS SELECT email FROM active_accounts;
            -- who changed what
            CREATE TRIGGER accounts_audit AFTER UPDATE ON accounts BEGIN
                INSERT INTO audit (account_id, what) VALUES (new.id, 'update');
            END;
            """;
    private static final String AFTER = TABLES + """
            CREATE VIEW active_accounts AS SELECT id, email, active FROM accounts WHERE active <> 0;
            CREATE VIEW active_emails AS SELECT email FROM active_accounts;
            CREATE VIEW audit_counts (account_id, changes) AS SELECT account_id, count(*) FROM audit GROUP BY account_id;
            CREATE TRIGGER accounts_audit AFTER UPDATE OF email ON accounts WHEN old.email <> new.email BEGIN
                INSERT INTO audit (account_id, what) VALUES (new.id, 'email');
            END;
            CREATE TRIGGER accounts_gone AFTER DELETE ON accounts BEGIN
                INSERT INTO audit (account_id, what) VALUES (old.id, 'delete');
            END;
            """;

    @Test
    void aChangedViewAndTriggerAreDetectedGeneratedAppliedAndReversed(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("app.sqlite3");
        FeatureRoundTrip trip = new FeatureRoundTrip(dir, "jdbc:sqlite:" + db,
                () -> DriverManager.getConnection("jdbc:sqlite:" + db),
                b -> b.dialectSettings("sqlite", new SqliteSettings(true, "off", 1)));
        String revision = trip.run(BEFORE, AFTER, "create view audit_counts",
                c -> FeatureRoundTrip.rows(c, "SELECT type, name, replace(replace(sql, char(10), ' '), '  ', ' ')"
                        + " FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY type, name"));
        // The view that reads a re-created view is dropped first and created after it.
        assertTrue(revision.indexOf("op.dropView(\"active_emails\")") < revision.indexOf("op.dropView(\"active_accounts\")")
                && revision.indexOf("op.createView(\"active_accounts\"") < revision.indexOf("op.createView(\"active_emails\""),
                revision);
    }
}
