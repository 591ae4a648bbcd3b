package dev.retort.ops;

/**
 * What {@code op.createIndex(...)} and {@code op.dropIndex(...)} return: a way to ask for the change to be made
 * without blocking the table, {@code op.createIndex("ix_logs_run", "execution_logs", "run_id").concurrently()}.
 */
public interface IndexChange {
    /**
     * Builds (or drops) the index without holding a lock that blocks writes to the table meanwhile: PostgreSQL's
     * {@code CONCURRENTLY}. No database runs that inside a transaction, so the revision's header must have the
     * line {@code Transaction: none}; inside a transactional revision the change is refused before it runs.
     * MySQL and MariaDB build indexes online anyway, and SQLite has no concurrent writers to spare, so there the
     * statement is the ordinary one.
     */
    void concurrently();
}
