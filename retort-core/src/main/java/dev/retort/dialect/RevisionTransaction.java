package dev.retort.dialect;

/**
 * Begins and ends the transaction one revision runs in. Dialects differ in what must happen outside the
 * transaction: SQLite ignores {@code PRAGMA foreign_keys} inside one, so it is switched off before
 * {@code BEGIN} and restored after {@code COMMIT}.
 */
public interface RevisionTransaction {
    /** Begins; on SQLite this also takes the database's write lock ({@code BEGIN IMMEDIATE}). */
    void begin(SqlSession session);

    /** Verifies what must hold (foreign keys) and commits; throws, leaving the transaction open, when it does not. */
    void commit(SqlSession session);

    void rollback(SqlSession session);

    /**
     * Makes what was written so far durable without ending the revision (its lock stays taken): for the dirty
     * mark written before a revision runs where DDL commits anyway. Nothing to do where DDL is transactional.
     */
    default void checkpoint(SqlSession session) {
    }
}
