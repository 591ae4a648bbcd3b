package dev.retort.dialect;

import dev.retort.ops.Operation;

import java.util.List;

/**
 * One database family. Each dialect package has the same set of classes (dialect, inspector, DDL
 * renderer, types), so a reader finds things by name. The runtime talks to the database only through
 * this interface.
 */
public interface Dialect {

    /** "sqlite", "postgresql" or "mysql", as used in URLs, {@code op.execute(dialect, sql)} and messages. */
    String name();

    /**
     * Whether DDL takes part in transactions (and rolls back with them). When false, a failing revision can
     * leave a half-applied schema, which the runtime records as a dirty mark.
     */
    boolean transactionalDdl();

    /** Carries out a revision's operations in order, planning dialect work (e.g. SQLite rebuilds) as needed. */
    void apply(List<Operation> operations, SqlSession session);

    /** The statements one operation renders to, for review and table-driven tests. */
    List<String> render(Operation operation, SqlSession session);

    Inspector inspector();

    /** How each revision's transaction begins and ends (SQLite switches foreign keys off around it). */
    RevisionTransaction revisionTransaction();

    /** Quotes an identifier when it needs quoting. */
    String quote(String identifier);
}
