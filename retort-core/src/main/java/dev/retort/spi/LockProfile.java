package dev.retort.spi;

import dev.retort.schema.ColumnType;

import java.util.Optional;

/**
 * What a server does to the application's own queries while a schema change runs: which changes rewrite a
 * table or hold a lock that stops its writes, and the form the server offers instead. {@code retort lint}
 * asks this to warn before a revision stalls a busy database. A dialect whose database does not serve other
 * writers while it migrates has {@link #NONE}, and no locking rule applies to it.
 */
public interface LockProfile {
    /** No locking concerns: every answer is "nothing to warn about". */
    LockProfile NONE = new LockProfile() {
    };

    /** How a change treats the rows a table already has. */
    enum Rewrite {
        /** The rows stay where they are: the change is a catalog update. */
        NO,
        /** Every row is rewritten (or the table copied) while the table is locked. */
        YES,
        /** It depends on what is not known here (the column's old type, the character set). */
        UNKNOWN
    }

    /** Whether other sessions read and write while revisions run, so a long lock stalls an application. */
    default boolean servesLiveTraffic() {
        return false;
    }

    /** Whether a plain {@code CREATE INDEX} blocks writes for the whole build, and {@code CONCURRENTLY} avoids that. */
    default boolean indexBuildBlocksWrites() {
        return false;
    }

    /** Whether {@code ADD COLUMN ... DEFAULT expression} rewrites every row under an exclusive lock. */
    default boolean defaultRewritesTable(String expression) {
        return false;
    }

    /** What changing a column's type from {@code from} (null when unknown) to {@code to} does to the rows. */
    default Rewrite typeChange(ColumnType from, ColumnType to) {
        return Rewrite.NO;
    }

    /**
     * Whether a foreign key or check can be added {@code NOT VALID} and checked by {@code VALIDATE CONSTRAINT},
     * which lets writes through; a plain add checks every row while writes wait. Where true, Retort renders
     * the constraints a revision adds to an existing table in those two statements.
     */
    default boolean validatesConstraintsSeparately() {
        return false;
    }

    /**
     * Whether {@code SET NOT NULL} scans the table under an exclusive lock unless a validated
     * {@code CHECK (column IS NOT NULL)} already proves it. Where true, Retort renders a column made NOT NULL
     * on an existing table through such a check.
     */
    default boolean setNotNullScansTable() {
        return false;
    }

    /** Whether {@code ALTER TABLE} takes {@code ALGORITHM=} and {@code LOCK=} clauses that say how to make the change. */
    default boolean statesAlterAlgorithm() {
        return false;
    }

    /**
     * The least blocking algorithm the server has for one {@code ALTER TABLE} action as written (upper case,
     * one line: {@code ADD INDEX ix (a)}), {@code INSTANT} or {@code INPLACE}; empty when it copies the table.
     */
    default Optional<String> onlineAlgorithm(String action) {
        return Optional.empty();
    }
}
