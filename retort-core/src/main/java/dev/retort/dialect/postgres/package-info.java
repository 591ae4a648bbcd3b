/**
 * PostgreSQL: every change is a plain {@code ALTER TABLE} inside the revision's transaction.
 * <ul>
 *   <li>{@link dev.retort.dialect.postgres.PostgresDialect} renders and runs each operation in order
 *   ({@link dev.retort.dialect.postgres.PostgresDdlRenderer}, types from
 *   {@link dev.retort.dialect.postgres.PostgresTypes}); an unnamed constraint to drop is looked up in
 *   pg_constraint by {@link dev.retort.dialect.postgres.PostgresConstraintNames}, which {@code --sql} cannot do.</li>
 *   <li>{@link dev.retort.dialect.postgres.PostgresRevisionTransaction} takes a transaction-level advisory lock
 *   right after {@code BEGIN}; the runtime reads the applied versions after that, so parallel runners apply
 *   each revision once.</li>
 *   <li>{@link dev.retort.dialect.postgres.PostgresInspector} reads the current schema from the catalogs
 *   ({@link dev.retort.dialect.postgres.PostgresCatalog}).</li>
 *   <li>For autogenerate and check, {@link dev.retort.dialect.postgres.PostgresModels} spells the models as
 *   PostgreSQL stores them, in a {@link dev.retort.dialect.postgres.PostgresScratch} that only exists in
 *   a rolled-back transaction; {@link dev.retort.dialect.postgres.PostgresDiffHooks} compares what remains
 *   ({@link dev.retort.dialect.postgres.PostgresExpressions}).</li>
 * </ul>
 */
package dev.retort.dialect.postgres;
