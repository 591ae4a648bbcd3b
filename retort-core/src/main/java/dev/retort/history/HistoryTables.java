package dev.retort.history;

import dev.retort.schema.Column;
import dev.retort.schema.Table;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.string;

/** Retort's own tables, defined in the neutral model so each dialect renders them its way. */
public final class HistoryTables {
    public static final String VERSION = "retort_version";
    public static final String LOG = "retort_log";
    /** Where a database has no server-wide lock to migrate under (a Galera cluster), the lock's row. */
    public static final String LOCK = "retort_lock";

    /** One row per applied head, as Alembic's alembic_version keeps it. */
    static final Table VERSION_TABLE = Table.of(VERSION,
            Column.column("version_num", string(64)).primaryKey());

    /** Every step ever applied, for audits and to notice revision files edited after they ran. */
    static final Table LOG_TABLE = Table.of(LOG,
            Column.column("id", INTEGER).primaryKey().autoIncrement(),
            Column.column("revision", string(64)).notNull(),
            Column.column("direction", string(8)).notNull(),
            Column.column("checksum", string(64)),
            Column.column("started_at", string(32)).notNull(),
            // Null where a --sql script wrote the row: how long it took is known only to whoever ran it.
            Column.column("duration_ms", BIGINT),
            Column.column("tool_version", string(32)),
            Column.column("applied_by", string(128)),
            Column.column("status", string(8)).notNull());

    private HistoryTables() {
    }

    public static boolean isHistoryTable(String name) {
        return VERSION.equalsIgnoreCase(name) || LOG.equalsIgnoreCase(name) || LOCK.equalsIgnoreCase(name);
    }
}
