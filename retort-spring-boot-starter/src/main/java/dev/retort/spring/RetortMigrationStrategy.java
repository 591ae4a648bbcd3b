package dev.retort.spring;

import dev.retort.api.Retort;

/**
 * What happens at start-up instead of the default {@code retort.upgrade(retort.target)}: declare a bean of this
 * type to check only, to stamp, or to log first. It runs at the same point, before JPA, JdbcTemplate and jOOQ.
 */
@FunctionalInterface
public interface RetortMigrationStrategy {
    /** Brings the database where the application needs it; an exception stops the start-up. */
    void migrate(Retort retort);
}
