package dev.retort.dialect.sqlite;

import dev.retort.dialect.SqlSession;

/**
 * A revision's transaction in a {@code --sql} script: the statements the online run would execute around the
 * revision, printed; the scratch database replays only the revision, not these. Each revision commits on its own
 * in a script.
 */
final class PrintedTransaction {
    /** The temporary table a script's foreign key check inserts into: its CHECK stops the script. */
    static final String FK_GUARD = "retort_foreign_key_check";

    private PrintedTransaction() {
    }

    static void begin(SqlSession session, boolean foreignKeys) {
        if (foreignKeys) {
            session.executeBookkeeping("PRAGMA foreign_keys=OFF");
        }
        session.executeBookkeeping("BEGIN IMMEDIATE");
    }

    static void commit(SqlSession session, boolean foreignKeys) {
        if (foreignKeys) {
            // PRAGMA foreign_key_check only lists dangling references; a script has nobody to read the list.
            // A row whose CHECK fails is an error the shell stops at (sqlite3 -bail), and OR ROLLBACK ends the
            // transaction even where it does not stop, so COMMIT then finds nothing to commit
            // (sqlite.org/lang_conflict.html, sqlite.org/pragma.html#pragfunc).
            session.executeCheck("CREATE TEMP TABLE IF NOT EXISTS " + FK_GUARD
                    + " (dangling_rows INTEGER NOT NULL CHECK (dangling_rows = 0))");
            session.executeCheck("INSERT OR ROLLBACK INTO temp." + FK_GUARD
                    + " SELECT count(*) FROM pragma_foreign_key_check");
            session.executeCheck("DROP TABLE temp." + FK_GUARD);
        }
        session.executeBookkeeping("COMMIT");
        if (foreignKeys) {
            session.executeBookkeeping("PRAGMA foreign_keys=ON");
        }
    }

    static void rollback(SqlSession session, boolean foreignKeys) {
        session.executeBookkeeping("ROLLBACK");
        if (foreignKeys) {
            session.executeBookkeeping("PRAGMA foreign_keys=ON");
        }
    }
}
