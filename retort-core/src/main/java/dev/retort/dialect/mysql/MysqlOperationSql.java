package dev.retort.dialect.mysql;

import dev.retort.dialect.ColumnAttributeChanges;
import dev.retort.dialect.ViewStatements;
import dev.retort.error.RetortException;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.ColumnChange;
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
import dev.retort.schema.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.dialect.mysql.MysqlIdentifiers.quote;

/**
 * The statements one operation becomes on MySQL. Where the operation does not carry what MySQL needs,
 * it is read from the live database through {@code connection}: the current column for MODIFY (which
 * restates everything), the kind of a constraint dropped by name (a unique constraint is dropped as an
 * index, a foreign key and a check each their own way), an unnamed constraint's generated name. With no
 * connection (a script written for review), only what the operation itself says is used, and what needs
 * more is refused with the reason.
 */
final class MysqlOperationSql implements OperationVisitor<List<String>> {
    private final MysqlServer server;
    private final MysqlInspector inspector;
    private final Connection connection;

    MysqlOperationSql(MysqlServer server, MysqlInspector inspector, Connection connection) {
        this.server = server;
        this.inspector = inspector;
        this.connection = connection;
    }

    MysqlServer server() {
        return server;
    }

    /** Every index of {@code table} as the server lists them; needs the connection. */
    List<Index> allIndexes(String table) {
        return inspector.allIndexes(connection, table);
    }

    List<String> render(Operation operation) {
        return operation.accept(this);
    }

    @Override
    public List<String> visit(CreateTable operation) {
        List<String> sql = new ArrayList<>();
        sql.add(MysqlDdlRenderer.createTable(operation.definition()));
        operation.definition().indexes().forEach(i -> sql.add(MysqlDdlRenderer.createIndex(i, server)));
        return sql;
    }

    @Override
    public List<String> visit(DropTable operation) {
        return List.of(MysqlDdlRenderer.dropTable(operation.table()));
    }

    @Override
    public List<String> visit(RenameTable operation) {
        return List.of(MysqlDdlRenderer.renameTable(operation.table(), operation.newName()));
    }

    @Override
    public List<String> visit(AddColumn operation) {
        return List.of(MysqlDdlRenderer.addColumn(operation.table(), operation.column()));
    }

    @Override
    public List<String> visit(DropColumn operation) {
        return List.of(MysqlDdlRenderer.dropColumn(operation.table(), operation.column()));
    }

    @Override
    public List<String> visit(AlterColumn operation) {
        ColumnAttributeChanges.refuse(operation, "MySQL");
        return List.of(alterColumn(operation));
    }

    @Override
    public List<String> visit(CreateIndex operation) {
        return List.of(MysqlDdlRenderer.createIndex(operation.index(), server));
    }

    @Override
    public List<String> visit(DropIndex operation) {
        return List.of(dropIndex(operation));
    }

    @Override
    public List<String> visit(CreateUniqueConstraint operation) {
        return List.of(MysqlDdlRenderer.addConstraint(operation.table(), MysqlDdlRenderer.unique(operation.constraint())));
    }

    @Override
    public List<String> visit(CreateForeignKey operation) {
        return List.of(MysqlDdlRenderer.addConstraint(operation.table(), MysqlDdlRenderer.foreignKey(operation.constraint())));
    }

    @Override
    public List<String> visit(CreateCheckConstraint operation) {
        return List.of(MysqlDdlRenderer.addConstraint(operation.table(), MysqlDdlRenderer.check(operation.constraint())));
    }

    @Override
    public List<String> visit(CreatePrimaryKey operation) {
        return List.of(MysqlDdlRenderer.addConstraint(operation.table(), MysqlDdlRenderer.primaryKey(operation.key())));
    }

    @Override
    public List<String> visit(DropPrimaryKey operation) {
        return List.of(dropPrimaryKey(operation.table()));
    }

    @Override
    public List<String> visit(DropConstraint operation) {
        return new MysqlConstraintDrop(this, connection == null ? null : existingTable(operation.table()))
                .statements(operation);
    }

    @Override
    public List<String> visit(Execute operation) {
        return operation.appliesTo(MysqlDialect.NAMES) ? List.of(operation.sql()) : List.of();
    }

    @Override
    public List<String> visit(BulkInsert operation) {
        return MysqlDdlRenderer.insert(operation.table(), operation.rows());
    }

    @Override
    public List<String> visit(AlterTableOptions operation) {
        throw new dev.retort.error.RetortException("cannot change the options of table " + operation.table()
                + " on MySQL yet (" + operation.options() + "); write the ALTER TABLE with op.execute");
    }

    @Override
    public List<String> visit(CreateView operation) {
        return List.of(ViewStatements.create(operation.view(), MysqlIdentifiers::quote));
    }

    @Override
    public List<String> visit(DropView operation) {
        return List.of(ViewStatements.drop(operation.name(), MysqlIdentifiers::quote));
    }

    @Override
    public List<String> visit(CreateTrigger operation) {
        return List.of(operation.trigger().sql());
    }

    @Override
    public List<String> visit(DropTrigger operation) {
        return List.of("DROP TRIGGER " + MysqlIdentifiers.quote(operation.name()));
    }

    @Override
    public List<String> visit(BatchAlterTable operation) {
        List<String> sql = new ArrayList<>();
        operation.operations().forEach(o -> sql.addAll(o.accept(this)));
        return sql;
    }

    /**
     * RENAME COLUMN when only the name changes (and the server has it), {@code ALTER COLUMN ... SET DEFAULT}
     * when only a literal default does; otherwise MODIFY, or CHANGE when the name changes too, with the whole
     * new definition: the current column with the change applied.
     */
    private String alterColumn(AlterColumn alter) {
        ColumnChange change = alter.change();
        boolean onlyName = change.type() == null && change.nullable() == null && change.serverDefault() == null
                && !change.dropsDefault();
        if (change.newName() != null && onlyName && server.supportsRenameColumn()) {
            return MysqlDdlRenderer.renameColumn(alter.table(), alter.column(), change.newName());
        }
        boolean onlyDefault = change.type() == null && change.nullable() == null && change.newName() == null
                && change.serverDefault() != null;
        if (onlyDefault && MysqlDefaults.isLiteral(change.serverDefault()) && literalDefaultAllowed(alter)) {
            // Changes the table's metadata only; no copy, and no need to know the rest of the column.
            return MysqlDdlRenderer.setDefault(alter.table(), alter.column(), change.serverDefault().strip());
        }
        Column current;
        MysqlColumnExtras kept = MysqlColumnExtras.NONE;
        if (connection != null) {
            current = existingTable(alter.table()).column(alter.column()).orElseThrow(() -> new RetortException(
                    "cannot alter column " + alter.table() + "." + alter.column() + ": table " + alter.table()
                            + " has no such column"));
            kept = MysqlColumnExtras.read(connection, alter.table(), current.name());
            if (kept.generation() != null) {
                throw new RetortException("cannot alter column " + alter.table() + "." + current.name() + ": it is"
                        + " generated (AS " + kept.generation() + "), and MODIFY would have to restate an expression the"
                        + " model does not hold; change it with op.execute(\"mysql\", ...)");
            }
        } else if (alter.existing() != null) {
            current = alter.existing();
        } else {
            throw new RetortException("cannot alter column " + alter.table() + "." + alter.column() + " without a"
                    + " database: MySQL's MODIFY COLUMN restates the whole column, and its current definition is not known");
        }
        Column after = alter.applyTo(current);
        return change.newName() != null
                ? MysqlDdlRenderer.changeColumn(alter.table(), current.name(), after, kept)
                : MysqlDdlRenderer.modifyColumn(alter.table(), after, kept);
    }

    /**
     * Whether {@code SET DEFAULT <literal>} suits the column: MySQL refuses a literal default on TEXT, BLOB
     * and JSON columns (they take one only as an expression, through MODIFY); MariaDB takes it anywhere.
     */
    private boolean literalDefaultAllowed(AlterColumn alter) {
        if (server.mariadb()) {
            return true;
        }
        Column column = alter.existing();
        if (connection != null) {
            column = existingTable(alter.table()).column(alter.column()).orElse(column);
        }
        return column == null || !MysqlDefaults.takesOnlyExpressions(column.type());
    }

    /**
     * DROP INDEX, which MySQL refuses ("needed in a foreign key constraint") when the index is the only one
     * a foreign key can use. Then the index InnoDB would have made for the key takes its place in the same
     * statement, named after the key, which is how the inspector recognises (and hides) it.
     */
    private String dropIndex(DropIndex drop) {
        String table = drop.table() != null ? drop.table()
                : drop.definition() != null ? drop.definition().table() : tableOfIndex(drop.name());
        if (connection == null) {
            return MysqlDdlRenderer.dropIndex(drop.name(), table);
        }
        Table current = existingTable(table);
        List<Index> all = inspector.allIndexes(connection, current.name());
        Index dropped = all.stream().filter(i -> i.name().equalsIgnoreCase(drop.name())).findFirst()
                .orElseThrow(() -> new RetortException("cannot drop index " + drop.name() + ": table " + table
                        + " has no index of that name"));
        List<String> replacements = MysqlForeignKeyIndexes.replacing(dropped, all, current);
        if (replacements.isEmpty()) {
            return MysqlDdlRenderer.dropIndex(dropped.name(), current.name());
        }
        List<String> clauses = new ArrayList<>();
        clauses.add("DROP INDEX " + quote(dropped.name()));
        clauses.addAll(replacements);
        return MysqlDdlRenderer.alterTable(current.name(), clauses);
    }

    private String tableOfIndex(String index) {
        if (connection == null) {
            throw new RetortException("cannot drop index " + index + " without its table: MySQL's DROP INDEX names the"
                    + " table; write op.dropIndex(\"" + index + "\", table)");
        }
        List<String> tables = MysqlQueries.strings(connection, "SELECT DISTINCT TABLE_NAME FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME = ? ORDER BY TABLE_NAME", index);
        if (tables.size() != 1) {
            throw new RetortException("cannot drop index " + index + ": " + (tables.isEmpty() ? "no table has an index"
                    + " of that name" : "tables " + String.join(", ", tables) + " each have one; write"
                    + " op.dropIndex(\"" + index + "\", table)"));
        }
        return tables.get(0);
    }

    /** MySQL requires an AUTO_INCREMENT column to be a key, so such a key cannot simply be dropped. */
    String dropPrimaryKey(String table) {
        if (connection != null) {
            Table current = existingTable(table);
            if (current.primaryKey() == null) {
                throw new RetortException("cannot drop the primary key of " + table + ": it has none");
            }
            for (String column : current.primaryKey().columns()) {
                if (current.column(column).map(Column::isAutoIncrement).orElse(false)) {
                    throw new RetortException("cannot drop the primary key of " + table + ": its column " + column
                            + " is AUTO_INCREMENT, which MySQL allows only on a key; remove AUTO_INCREMENT first"
                            + " (op.execute(\"mysql\", \"ALTER TABLE ... MODIFY ...\"))");
                }
            }
        }
        return MysqlDdlRenderer.dropPrimaryKey(table);
    }

    Table existingTable(String table) {
        return inspector.table(connection, table)
                .orElseThrow(() -> new RetortException("table " + table + " does not exist in the database"));
    }

}
