package dev.retort.schema;

import java.util.Objects;

/**
 * A trigger, kept as the complete statement that creates it, in the spelling the database returns for it
 * (SQLite's sqlite_master text, PostgreSQL's {@code pg_get_triggerdef}, MySQL's parts put back together).
 * Triggers compare by that text after normalising space and case outside literals; a model's trigger is
 * created in the scratch database first, so both sides carry the server's spelling.
 *
 * @param table the table (or view) the trigger fires on
 * @param sql   the {@code CREATE TRIGGER ...} statement
 */
public record Trigger(String name, String table, String sql) {
    /** Checks that each part is given. */
    public Trigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(sql, "sql");
    }
}
