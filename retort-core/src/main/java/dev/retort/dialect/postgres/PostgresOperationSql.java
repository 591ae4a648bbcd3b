package dev.retort.dialect.postgres;

import dev.retort.dialect.SqlSession;
import dev.retort.dialect.ColumnAttributeChanges;
import dev.retort.dialect.ViewStatements;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.AlterTableOptions;
import dev.retort.ops.CreateTrigger;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropTrigger;
import dev.retort.ops.DropView;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import dev.retort.ops.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.Index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The statements one operation becomes on PostgreSQL. {@code ALTER TABLE} does everything a revision asks
 * for, so each operation is its own statements; what an operation does not carry (an unnamed constraint's
 * name, a column's current definition) is read through the session's connection when there is one.
 */
final class PostgresOperationSql implements OperationVisitor<List<String>> {
    private final SqlSession session;
    private final PostgresInspector inspector;
    private final Set<String> dialectNames;
    private final Set<String> newTables;

    /**
     * @param newTables the tables, lower case, that operations before this one in the revision created: they have
     *                  no rows and no readers yet, so changes to them take the plain form
     */
    PostgresOperationSql(SqlSession session, PostgresInspector inspector, Set<String> dialectNames, Set<String> newTables) {
        this.session = session;
        this.inspector = inspector;
        this.dialectNames = dialectNames;
        this.newTables = newTables;
    }

    private boolean existing(String table) {
        return !newTables.contains(table.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public List<String> visit(CreateTable operation) {
        List<String> sql = new ArrayList<>(PostgresDdlRenderer.createTableStatements(operation.definition()));
        for (Index index : operation.definition().indexes()) {
            sql.add(PostgresDdlRenderer.createIndex(index));
        }
        return sql;
    }

    @Override
    public List<String> visit(DropTable operation) {
        return List.of(PostgresDdlRenderer.dropTable(operation.table()));
    }

    @Override
    public List<String> visit(RenameTable operation) {
        return List.of(PostgresDdlRenderer.renameTable(operation.table(), operation.newName()));
    }

    @Override
    public List<String> visit(AddColumn operation) {
        Column column = operation.column();
        return column.comment() == null ? List.of(PostgresDdlRenderer.addColumn(operation.table(), column))
                : List.of(PostgresDdlRenderer.addColumn(operation.table(), column),
                        PostgresDdlRenderer.commentOnColumn(operation.table(), column.name(), column.comment()));
    }

    @Override
    public List<String> visit(DropColumn operation) {
        return List.of(PostgresDdlRenderer.dropColumn(operation.table(), operation.column()));
    }

    @Override
    public List<String> visit(AlterColumn operation) {
        ColumnAttributeChanges.refuse(operation, "PostgreSQL");
        Column existing = operation.existing() != null ? operation.existing()
                : liveColumn(operation.table(), operation.column());
        List<String> sql = PostgresDdlRenderer.alterColumn(operation.table(), operation.column(), operation.change(), existing);
        if (!Boolean.FALSE.equals(operation.change().nullable()) || !existing(operation.table())) {
            return sql;
        }
        // On a table with rows, SET NOT NULL goes through a validated check (PostgresLockForms).
        String plain = "ALTER TABLE " + PostgresDdlRenderer.quote(operation.table()) + " ALTER COLUMN "
                + PostgresDdlRenderer.quote(operation.column()) + " SET NOT NULL";
        List<String> out = new ArrayList<>();
        for (String statement : sql) {
            if (statement.equals(plain)) {
                out.addAll(PostgresLockForms.setNotNullThroughCheck(operation.table(), operation.column()));
            } else {
                out.add(statement);
            }
        }
        return out;
    }

    @Override
    public List<String> visit(CreateIndex operation) {
        return List.of(PostgresDdlRenderer.createIndex(operation.index(), operation.concurrently()));
    }

    @Override
    public List<String> visit(DropIndex operation) {
        return List.of(PostgresDdlRenderer.dropIndex(operation.name(), operation.concurrently()));
    }

    @Override
    public List<String> visit(CreateUniqueConstraint operation) {
        return List.of(PostgresDdlRenderer.createUnique(operation.table(), operation.constraint()));
    }

    @Override
    public List<String> visit(CreateForeignKey operation) {
        String name = PostgresLockForms.foreignKeyName(operation.table(), operation.constraint());
        if (!existing(operation.table()) || name == null) {
            return List.of(PostgresDdlRenderer.createForeignKey(operation.table(), operation.constraint()));
        }
        return PostgresLockForms.addThenValidate(operation.table(), name,
                PostgresDdlRenderer.CLAUSES.foreignKey(operation.constraint().named(name)));
    }

    @Override
    public List<String> visit(CreateCheckConstraint operation) {
        String name = PostgresLockForms.checkName(operation.table(), operation.constraint());
        if (!existing(operation.table()) || name == null) {
            return List.of(PostgresDdlRenderer.createCheck(operation.table(), operation.constraint()));
        }
        return PostgresLockForms.addThenValidate(operation.table(), name,
                PostgresDdlRenderer.CLAUSES.check(operation.constraint().named(name)));
    }

    @Override
    public List<String> visit(DropConstraint operation) {
        String name = operation.name() != null ? operation.name()
                : PostgresConstraintNames.unnamed(session, operation.table(), operation.definition());
        return List.of(PostgresDdlRenderer.dropConstraint(operation.table(), name));
    }

    @Override
    public List<String> visit(CreatePrimaryKey operation) {
        return List.of(PostgresDdlRenderer.createPrimaryKey(operation.table(), operation.key()));
    }

    @Override
    public List<String> visit(DropPrimaryKey operation) {
        return List.of(PostgresDdlRenderer.dropConstraint(operation.table(),
                PostgresConstraintNames.primaryKey(session, operation.table(), operation.existing())));
    }

    @Override
    public List<String> visit(Execute operation) {
        return operation.appliesTo(dialectNames) ? List.of(operation.sql()) : List.of();
    }

    @Override
    public List<String> visit(BulkInsert operation) {
        return PostgresDdlRenderer.insert(operation.table(), operation.rows());
    }

    @Override
    public List<String> visit(AlterTableOptions operation) {
        throw new dev.retort.error.RetortException("cannot change the options of table " + operation.table()
                + " on PostgreSQL yet (" + operation.options() + "); write the ALTER TABLE with op.execute");
    }

    @Override
    public List<String> visit(CreateView operation) {
        return List.of(ViewStatements.create(operation.view(), PostgresIdentifiers::quote));
    }

    @Override
    public List<String> visit(DropView operation) {
        return List.of(ViewStatements.drop(operation.name(), PostgresIdentifiers::quote));
    }

    @Override
    public List<String> visit(CreateTrigger operation) {
        return List.of(operation.trigger().sql());
    }

    @Override
    public List<String> visit(DropTrigger operation) {
        return List.of("DROP TRIGGER " + PostgresIdentifiers.quote(operation.name()) + " ON " + PostgresIdentifiers.quote(operation.onTable()));
    }

    @Override
    public List<String> visit(BatchAlterTable operation) {
        List<String> sql = new ArrayList<>();
        for (Operation inner : operation.operations()) {
            sql.addAll(inner.accept(this));
        }
        return sql;
    }

    /**
     * The column as the database has it, for a hand-written {@code alterColumn} that does not say (its default
     * must survive a type change; a boolean default is spelled by the column's type); null offline.
     */
    private Column liveColumn(String table, String column) {
        if (session.connection() == null) {
            return null;
        }
        return inspector.table(session.connection(), table).flatMap(t -> t.column(column)).orElse(null);
    }

}
