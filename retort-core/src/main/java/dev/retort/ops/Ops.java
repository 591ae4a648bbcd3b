package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The handle a revision's {@code upgrade} and {@code downgrade} receive: the schema changes it may ask
 * for, mirroring Alembic's {@code op.*}. Each call records an {@link Operation}; the dialect decides how
 * to carry it out (on SQLite, natively or by a planned table rebuild).
 */
public interface Ops {

    /** The dialect the revision runs against: "sqlite", "postgresql" or "mysql". */
    String dialect();

    /** Creates a table from columns and constraints ({@code column(...)}, {@code primaryKey(...)}, ...). */
    void createTable(String name, TableElement... elements);

    /** Creates a table as {@code definition} says, its comment and dialect attributes included. */
    void createTable(Table definition);

    /** Drops a table and its rows. */
    void dropTable(String name);

    /** Renames a table. */
    void renameTable(String from, String to);

    /** Adds a column. */
    void addColumn(String table, Column column);

    /** Drops a column and its data (natively, or by a guarded rebuild on SQLite). */
    void dropColumn(String table, String column);

    /** Changes a column's type, nullability, server default or name. */
    void alterColumn(String table, String column, ColumnChange change);

    /** Creates an index on {@code table}'s {@code columns}; {@code .concurrently()} builds it without blocking writes. */
    IndexChange createIndex(String name, String table, String... columns);

    /** Creates an index: unique, partial, as {@code index} says; {@code .concurrently()} as above. */
    IndexChange createIndex(Index index);

    /** Drops an index; {@code .concurrently()} drops it without blocking the table. */
    IndexChange dropIndex(String name);

    /** Drops an index; MySQL needs its table. {@code .concurrently()} as above. */
    IndexChange dropIndex(String name, String table);

    /** Adds a named UNIQUE constraint. */
    void createUniqueConstraint(String name, String table, String... columns);

    /** Adds a UNIQUE constraint as the model writes it, e.g. {@code unique("code").deferrable(...).named("uq")}. */
    void createUniqueConstraint(String table, UniqueConstraint unique);

    /** Adds a foreign key. */
    void createForeignKey(String table, ForeignKey foreignKey);

    /** Adds a named CHECK constraint. */
    void createCheckConstraint(String name, String table, String expression);

    /**
     * Gives a table that has none a primary key ({@code name} may be null). To change a key, drop it
     * first; on SQLite both share one table rebuild.
     */
    void createPrimaryKey(String name, String table, String... columns);

    /** The same with the key as the model writes it, e.g. {@code primaryKey("id").deferrable(...)}. */
    void createPrimaryKey(String table, PrimaryKey key);

    /** Drops the table's primary key, named or not. */
    void dropPrimaryKey(String table);

    /** Drops a named constraint. */
    void dropConstraint(String table, String name);

    /** Drops an unnamed UNIQUE constraint, found by its columns. */
    void dropUniqueConstraint(String table, String... columns);

    /** Drops an unnamed CHECK constraint, found by its expression. */
    void dropCheckConstraint(String table, String expression);

    /**
     * Drops an unnamed foreign key, found by its columns and referenced table. The whole definition is
     * asked for so that the call can be reversed (the downgrade creates it again, actions included).
     */
    void dropForeignKey(String table, ForeignKey foreignKey);

    /** Runs raw SQL on every dialect. */
    void execute(String sql);

    /** Runs {@code sql} only on the named dialect; elsewhere it is skipped. */
    void execute(String dialect, String sql);

    /** Runs {@code sql} only on the named dialect, with the SQL that undoes it (what the reverse runs). */
    void execute(String dialect, String sql, String reverseSql);

    /** Gives {@code table} these dialect options (every option it has afterwards; see {@link Table#options()}). */
    void alterTableOptions(String table, Map<String, String> options);

    /** Creates a view: {@code op.createView("active_users", "SELECT id, email FROM users WHERE active = 1")}. */
    void createView(String name, String query);

    /** Creates a view that names its columns. */
    void createView(View view);

    /** Drops a view. */
    void dropView(String name);

    /**
     * Creates a trigger on {@code table} from its complete statement, as the database takes it (on PostgreSQL
     * the function it executes must exist first).
     */
    void createTrigger(String name, String table, String createTriggerSql);

    /** Drops a trigger; PostgreSQL needs its table. */
    void dropTrigger(String name, String table);

    /** Inserts rows, each a map from column name to value. */
    void bulkInsert(String table, List<Map<String, Object>> rows);

    /** Groups changes to one table explicitly. Retort groups them on its own; this keeps ported code readable. */
    void batchAlterTable(String table, Consumer<Ops> changes);

    /**
     * The live JDBC connection, inside the revision's transaction, for data migrations. Every change
     * asked for so far is carried out first. Not available with {@code --sql}.
     */
    Connection connection();
}
