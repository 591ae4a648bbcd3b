/**
 * SQLite: changing a table never loses data.
 * <ul>
 *   <li>{@link dev.retort.dialect.sqlite.SqliteDialect} carries out a revision's operations. Each change
 *   runs as a native {@code ALTER TABLE} when SQLite can do it (ADD COLUMN with a constant default,
 *   RENAME COLUMN from 3.25, DROP COLUMN from 3.35 when nothing uses the column), and otherwise as a table
 *   rebuild following sqlite.org/lang_altertable.html section 7. All changes to one table in one
 *   revision share a single rebuild (see {@link dev.retort.dialect.sqlite.SqliteRebuildPlanner} for the
 *   ordering rule).</li>
 *   <li>A rebuild creates the new definition as {@code _retort_new_<table>} (a fixed, documented name),
 *   copies the rows with {@code INSERT ... SELECT} (in rowid chunks with progress above 100,000 rows),
 *   drops the old table, renames the new one and recreates indexes and triggers. Unnamed UNIQUE and
 *   CHECK constraints, collations, DEFERRABLE foreign keys, WITHOUT ROWID/STRICT, rowids and the
 *   AUTOINCREMENT counter are carried over. Views keep working (checked after the rebuild).</li>
 *   <li>{@link dev.retort.dialect.sqlite.SqliteRevisionTransaction} switches {@code PRAGMA foreign_keys}
 *   off before {@code BEGIN IMMEDIATE} (SQLite ignores it inside a transaction), so dropping a parent
 *   table cascades nowhere, and refuses to commit when the revision left new dangling references.</li>
 *   <li>{@link dev.retort.dialect.sqlite.RowCountGuard} counts the rows of the rebuilt table and of every table
 *   that references it, directly or through a chain, before and after each rebuild.</li>
 * </ul>
 */
package dev.retort.dialect.sqlite;
