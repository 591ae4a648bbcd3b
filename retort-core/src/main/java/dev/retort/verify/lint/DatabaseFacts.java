package dev.retort.verify.lint;

import dev.retort.schema.Table;

import java.util.Optional;

/**
 * What lint may ask the configured database, when it can reach one. Only the NOT NULL rule needs it
 * (does the table have rows?); others use the live schema to know more (foreign keys, a dropped
 * column's type). Everything else lint does reads files only.
 */
public interface DatabaseFacts {
    /** No database: rules fall back to what the revision files say. */
    DatabaseFacts NONE = new DatabaseFacts() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String description() {
            return "no database";
        }

        @Override
        public Optional<Table> table(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<Boolean> hasRows(String table) {
            return Optional.empty();
        }
    };

    boolean available();

    /** The database, safe to print (no password). */
    String description();

    /** The table as the database has it now, or empty when it has none (or there is no database). */
    Optional<Table> table(String name);

    /** Whether the table has at least one row; empty when the table or the database is not there. */
    Optional<Boolean> hasRows(String table);
}
