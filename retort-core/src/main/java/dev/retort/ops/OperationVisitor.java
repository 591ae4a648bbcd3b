package dev.retort.ops;

/**
 * One method per kind of {@link Operation}, so that a dialect that renders operations implements them all: an
 * operation added to Retort is a compile error in every dialect until each says what it does with it, never
 * silence. Alembic dispatches the same way, from operation to implementation.
 *
 * @param <R> what visiting an operation gives back (the statements it renders to, for example)
 */
public interface OperationVisitor<R> {
    R visit(CreateTable operation);

    R visit(DropTable operation);

    R visit(RenameTable operation);

    R visit(AddColumn operation);

    R visit(DropColumn operation);

    R visit(AlterColumn operation);

    R visit(CreateIndex operation);

    R visit(DropIndex operation);

    R visit(CreateUniqueConstraint operation);

    R visit(CreateForeignKey operation);

    R visit(CreateCheckConstraint operation);

    R visit(DropConstraint operation);

    R visit(CreatePrimaryKey operation);

    R visit(DropPrimaryKey operation);

    R visit(Execute operation);

    R visit(BulkInsert operation);

    R visit(BatchAlterTable operation);
}
