package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Inspector;
import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
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
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.Index;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL. DDL is transactional (wiki.postgresql.org/wiki/Transactional_DDL_in_PostgreSQL:_A_Competitive_Analysis),
 * so each revision runs in one transaction and a failure leaves the schema as it was. {@code ALTER TABLE}
 * does everything a revision asks for, so each operation becomes its own statements, in order: no table is
 * ever rebuilt.
 */
public final class PostgresDialect implements Dialect {
    private final PostgresInspector inspector = new PostgresInspector();
    private final PostgresRevisionTransaction transaction = new PostgresRevisionTransaction();

    @Override
    public String name() {
        return "postgresql";
    }

    /** PostgreSQL rolls back CREATE, ALTER and DROP with the transaction they ran in. */
    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /**
     * Renders and runs one operation at a time: finding an unnamed constraint reads the catalog, which must
     * already show what the operations before it did.
     */
    @Override
    public void apply(List<Operation> operations, SqlSession session) {
        for (Operation operation : operations) {
            if (operation instanceof BatchAlterTable batch) {
                apply(batch.operations(), session);
            } else {
                render(operation, session).forEach(session::execute);
            }
        }
    }

    @Override
    public List<String> render(Operation operation, SqlSession session) {
        List<String> sql = new ArrayList<>();
        if (operation instanceof CreateTable create) {
            sql.add(PostgresDdlRenderer.createTable(create.definition()));
            for (Index index : create.definition().indexes()) {
                sql.add(PostgresDdlRenderer.createIndex(index));
            }
        } else if (operation instanceof DropTable drop) {
            sql.add(PostgresDdlRenderer.dropTable(drop.table()));
        } else if (operation instanceof RenameTable rename) {
            sql.add(PostgresDdlRenderer.renameTable(rename.table(), rename.newName()));
        } else if (operation instanceof AddColumn add) {
            sql.add(PostgresDdlRenderer.addColumn(add.table(), add.column()));
        } else if (operation instanceof DropColumn drop) {
            sql.add(PostgresDdlRenderer.dropColumn(drop.table(), drop.column()));
        } else if (operation instanceof AlterColumn alter) {
            Column existing = alter.existing() != null ? alter.existing() : liveColumn(session, alter.table(), alter.column());
            sql.addAll(PostgresDdlRenderer.alterColumn(alter.table(), alter.column(), alter.change(), existing));
        } else if (operation instanceof CreateIndex create) {
            sql.add(PostgresDdlRenderer.createIndex(create.index()));
        } else if (operation instanceof DropIndex drop) {
            sql.add(PostgresDdlRenderer.dropIndex(drop.name()));
        } else if (operation instanceof CreateUniqueConstraint create) {
            sql.add(PostgresDdlRenderer.createUnique(create.table(), create.constraint()));
        } else if (operation instanceof CreateForeignKey create) {
            sql.add(PostgresDdlRenderer.createForeignKey(create.table(), create.constraint()));
        } else if (operation instanceof CreateCheckConstraint create) {
            sql.add(PostgresDdlRenderer.createCheck(create.table(), create.constraint()));
        } else if (operation instanceof CreatePrimaryKey create) {
            sql.add(PostgresDdlRenderer.createPrimaryKey(create.table(), create.key()));
        } else if (operation instanceof DropPrimaryKey drop) {
            sql.add(PostgresDdlRenderer.dropConstraint(drop.table(),
                    PostgresConstraintNames.primaryKey(session, drop.table(), drop.existing())));
        } else if (operation instanceof DropConstraint drop) {
            String name = drop.name() != null ? drop.name()
                    : PostgresConstraintNames.unnamed(session, drop.table(), drop.definition());
            sql.add(PostgresDdlRenderer.dropConstraint(drop.table(), name));
        } else if (operation instanceof Execute execute) {
            if (execute.appliesTo("postgresql")) {
                sql.add(execute.sql());
            }
        } else if (operation instanceof BulkInsert insert) {
            sql.addAll(PostgresDdlRenderer.insert(insert.table(), insert.rows()));
        } else if (operation instanceof BatchAlterTable batch) {
            for (Operation inner : batch.operations()) {
                sql.addAll(render(inner, session));
            }
        }
        return sql;
    }

    /**
     * The column as the database has it, for a hand-written {@code alterColumn} that does not say (its default
     * must survive a type change; a boolean default is spelled by the column's type); null offline.
     */
    private Column liveColumn(SqlSession session, String table, String column) {
        if (session.connection() == null) {
            return null;
        }
        return inspector.table(session.connection(), table).flatMap(t -> t.column(column)).orElse(null);
    }

    @Override
    public Inspector inspector() {
        return inspector;
    }

    @Override
    public RevisionTransaction revisionTransaction() {
        return transaction;
    }

    @Override
    public String quote(String identifier) {
        return PostgresIdentifiers.quote(identifier);
    }
}
