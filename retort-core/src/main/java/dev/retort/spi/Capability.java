package dev.retort.spi;

/**
 * What a database family can do, asked by generic code instead of its name (Django's {@code features} flags
 * are the model). Each dialect lists its own, each with the vendor's documentation that says so.
 */
public enum Capability {
    /** CREATE, ALTER and DROP roll back with their transaction; without it a failed revision leaves a dirty mark. */
    TRANSACTIONAL_DDL,
    /** The database is one file, copied consistently before a change and put back by {@code restore}. */
    FILE_BACKUPS,
    /**
     * Writing a revision's SQL offline ({@code --sql}) needs the schema as earlier revisions left it (a table
     * rebuild restates the whole table), so earlier revisions are replayed on a private scratch database.
     */
    OFFLINE_NEEDS_SCRATCH_DATABASE,
    /** The database can list the rows whose foreign keys point nowhere, which rehearsals check after each step. */
    FOREIGN_KEY_SCAN,
    /**
     * The server stores defaults and check expressions in a spelling of its own, so models written by hand are
     * spelled its way before they are compared.
     */
    REWRITES_STORED_EXPRESSIONS
}
