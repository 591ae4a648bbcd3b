package dev.retort.ops;

/**
 * One method per kind of {@link Operation}, so that a dialect that renders operations implements them all: an
 * operation added to Retort is a compile error in every dialect until each says what it does with it, never
 * silence. Alembic dispatches the same way, from operation to implementation.
 *
 * @param <R> what visiting an operation gives back (the statements it renders to, for example)
 */
public interface OperationVisitor<R> {
    /** What a {@code CreateTable} comes to. */
    R visit(CreateTable operation);

    /** What a {@code DropTable} comes to. */
    R visit(DropTable operation);

    /** What a {@code RenameTable} comes to. */
    R visit(RenameTable operation);

    /** What a {@code AddColumn} comes to. */
    R visit(AddColumn operation);

    /** What a {@code DropColumn} comes to. */
    R visit(DropColumn operation);

    /** What a {@code AlterColumn} comes to. */
    R visit(AlterColumn operation);

    /** What a {@code CreateIndex} comes to. */
    R visit(CreateIndex operation);

    /** What a {@code DropIndex} comes to. */
    R visit(DropIndex operation);

    /** What a {@code CreateUniqueConstraint} comes to. */
    R visit(CreateUniqueConstraint operation);

    /** What a {@code CreateForeignKey} comes to. */
    R visit(CreateForeignKey operation);

    /** What a {@code CreateCheckConstraint} comes to. */
    R visit(CreateCheckConstraint operation);

    /** What a {@code DropConstraint} comes to. */
    R visit(DropConstraint operation);

    /** What a {@code CreatePrimaryKey} comes to. */
    R visit(CreatePrimaryKey operation);

    /** What a {@code DropPrimaryKey} comes to. */
    R visit(DropPrimaryKey operation);

    /** What a {@code Execute} comes to. */
    R visit(Execute operation);

    /** What a {@code BulkInsert} comes to. */
    R visit(BulkInsert operation);

    /** What a {@code BatchAlterTable} comes to. */
    R visit(BatchAlterTable operation);

    /** What a {@code CreateView} comes to. */
    R visit(CreateView operation);

    /** What a {@code DropView} comes to. */
    R visit(DropView operation);

    /** What a {@code CreateTrigger} comes to. */
    R visit(CreateTrigger operation);

    /** What a {@code DropTrigger} comes to. */
    R visit(DropTrigger operation);

    /** What a {@code AlterTableOptions} comes to. */
    R visit(AlterTableOptions operation);
}
