/**
 * MySQL 8.0.16+ and MariaDB 10.5+: tables change natively with {@code ALTER TABLE}.
 * <ul>
 *   <li>{@link dev.retort.dialect.mysql.MysqlDialect} carries out a revision's operations one at a time
 *   ({@link dev.retort.dialect.mysql.MysqlOperationSql}), reading from information_schema what an operation
 *   does not carry: the current column for {@code MODIFY COLUMN}, which restates the whole column (its
 *   collation, comment, {@code ON UPDATE} and INVISIBLE are kept, see
 *   {@link dev.retort.dialect.mysql.MysqlColumnExtras}), the kind of a constraint dropped by name, the
 *   generated name of an unnamed one ({@link dev.retort.dialect.mysql.MysqlConstraintDrop}).</li>
 *   <li>DDL commits implicitly, so a revision is not atomic: a failure half-way leaves a dirty mark for the
 *   runtime. {@link dev.retort.dialect.mysql.MysqlRevisionTransaction} holds the DML in a transaction, runs
 *   the revision in strict mode (so a narrowing MODIFY fails instead of truncating values) and keeps
 *   concurrent runners apart with {@code GET_LOCK}.</li>
 *   <li>Refused, each with a one-line reason: partial indexes (neither server has them), indexes on
 *   expressions on MariaDB and MySQL before 8.0.13, dropping an AUTO_INCREMENT primary key, altering a
 *   generated column (MODIFY would need its expression), and, without a database to read, altering a column
 *   whose definition is unknown or dropping an unnamed constraint.</li>
 *   <li>Unique constraints and unique indexes are one thing to MySQL; a unique index Retort creates carries
 *   the comment {@value dev.retort.dialect.mysql.MysqlDdlRenderer#UNIQUE_INDEX_COMMENT} so that it reads back
 *   as an index. The index InnoDB adds for a foreign key is hidden by the inspector, dropped with the key,
 *   and put back when an index the key was using is dropped
 *   ({@link dev.retort.dialect.mysql.MysqlForeignKeyIndexes}).</li>
 * </ul>
 */
package dev.retort.dialect.mysql;
