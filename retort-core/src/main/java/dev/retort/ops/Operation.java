package dev.retort.ops;

/**
 * One schema change a revision asks for, as data. Upgrades are recorded as operations, so a downgrade
 * can be derived by reversing them, lint can read them without a database, and a dialect can plan
 * several of them together (SQLite shares one table rebuild between all changes to a table).
 */
public sealed interface Operation
        permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn, CreateIndex, DropIndex,
        CreateUniqueConstraint, CreateForeignKey, CreateCheckConstraint, DropConstraint, CreatePrimaryKey,
        DropPrimaryKey, Execute, BulkInsert, BatchAlterTable, CreateView, DropView, CreateTrigger, DropTrigger, AlterTableOptions {

    /** Dispatches to the visitor's method for this kind of operation. */
    <R> R accept(OperationVisitor<R> visitor);

    /** The operation that undoes this one. Throws when the operation lost what it would need to undo. */
    Operation reverse();

    /** The table this operation changes, or null when it is not about one table (raw SQL). */
    String table();

    /** A short human description for logs, lint findings and plans: {@code add column execution_logs.token_count}. */
    String describe();
}
