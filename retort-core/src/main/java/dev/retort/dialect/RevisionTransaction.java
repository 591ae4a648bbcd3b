package dev.retort.dialect;

import java.util.Optional;

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
     * Lets the revisions run on {@code session} until the group closes share commits, where a commit costs much more
     * than a small revision (SQLite's fsyncs). Each revision still runs alone, all or nothing, with its version rows:
     * a failed one rolls back by itself and what ran before it is committed at once, as if each had committed. A
     * crash can undo more than one, always whole revisions with their version rows, never half of one.
     */
    default CommitGroup commitGroup(SqlSession session) {
        return CommitGroup.NONE;
    }

    /**
     * Makes what was written so far durable without ending the revision (its lock stays taken): for the dirty
     * mark written before a revision runs where DDL commits anyway. Nothing to do where DDL is transactional.
     */
    default void checkpoint(SqlSession session) {
    }

    /**
     * Takes the migration lock for the whole session, for a revision whose header says {@code Transaction: none}:
     * its statements run one by one, each committing, and {@link #begin}/{@link #commit} around the history rows
     * before and after it come and go while this lock stays taken. Runners that use {@link #begin} wait for it.
     */
    void lockSession(SqlSession session);

    /** Gives back what {@link #lockSession} took; harmless when it was not taken. */
    void unlockSession(SqlSession session);

    /**
     * When {@code failure} is a wait for a lock that timed out (PostgreSQL's {@code lock_timeout}), what happened and
     * what to do, for the message once the attempts are used up: the revision's transaction rolled back whole, so it
     * may simply run again. Empty for any other failure.
     */
    default Optional<String> lockTimeout(Throwable failure) {
        return Optional.empty();
    }

    /** How many times in all a revision stopped by {@link #lockTimeout} runs before the failure stands. */
    default int lockAttempts() {
        return 1;
    }
}
