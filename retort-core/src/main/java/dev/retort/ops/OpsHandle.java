package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.Trigger;
import dev.retort.schema.View;
import dev.retort.schema.UniqueConstraint;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The {@link Ops} a revision receives: turns each call into an {@link Operation} for a sink. */
public final class OpsHandle implements Ops {
    private final String dialect;
    private final OperationSink sink;

    /** A handle for a revision running on {@code dialect}, sending its operations to {@code sink}. */
    public OpsHandle(String dialect, OperationSink sink) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** An {@link Ops} that only records, for lint and for reading what a revision would do. */
    public static OpsHandle recording(String dialect, List<Operation> into) {
        return new OpsHandle(dialect, new OperationSink() {
            @Override
            public void accept(Operation operation) {
                into.add(operation);
            }

            @Override
            public void replace(Operation accepted, Operation replacement) {
                for (int i = into.size() - 1; i >= 0; i--) {
                    if (into.get(i) == accepted) {
                        into.set(i, replacement);
                        return;
                    }
                }
            }

            @Override
            public Connection connection() {
                throw new UnsupportedOperationException("no database connection while only recording operations");
            }
        });
    }

    @Override
    public String dialect() {
        return dialect;
    }

    @Override
    public void createTable(String name, TableElement... elements) {
        sink.accept(new CreateTable(Table.of(name, elements)));
    }

    @Override
    public void createTable(Table definition) {
        sink.accept(new CreateTable(definition));
    }

    @Override
    public void dropTable(String name) {
        sink.accept(new DropTable(name, null));
    }

    @Override
    public void renameTable(String from, String to) {
        sink.accept(new RenameTable(from, to));
    }

    @Override
    public void addColumn(String table, Column column) {
        sink.accept(new AddColumn(table, column));
    }

    @Override
    public void dropColumn(String table, String column) {
        sink.accept(new DropColumn(table, column, null));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange change) {
        sink.accept(new AlterColumn(table, column, change, null));
    }

    @Override
    public IndexChange createIndex(String name, String table, String... columns) {
        return createIndex(Index.index(name, table, columns));
    }

    @Override
    public IndexChange createIndex(Index index) {
        CreateIndex create = new CreateIndex(index);
        sink.accept(create);
        return () -> sink.replace(create, new CreateIndex(index, true));
    }

    @Override
    public IndexChange dropIndex(String name) {
        return dropIndex(name, null);
    }

    @Override
    public IndexChange dropIndex(String name, String table) {
        DropIndex drop = new DropIndex(name, table, null);
        sink.accept(drop);
        return () -> sink.replace(drop, new DropIndex(name, table, null, true));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        sink.accept(new CreateUniqueConstraint(table, new UniqueConstraint(name, List.of(columns))));
    }

    @Override
    public void createUniqueConstraint(String table, UniqueConstraint unique) {
        sink.accept(new CreateUniqueConstraint(table, unique));
    }

    @Override
    public void createForeignKey(String table, ForeignKey foreignKey) {
        sink.accept(new CreateForeignKey(table, foreignKey));
    }

    @Override
    public void createCheckConstraint(String name, String table, String expression) {
        sink.accept(new CreateCheckConstraint(table, new CheckConstraint(name, expression)));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        sink.accept(new CreatePrimaryKey(table, new PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void createPrimaryKey(String table, PrimaryKey key) {
        sink.accept(new CreatePrimaryKey(table, key));
    }

    @Override
    public void dropPrimaryKey(String table) {
        sink.accept(new DropPrimaryKey(table, null));
    }

    @Override
    public void dropConstraint(String table, String name) {
        sink.accept(new DropConstraint(table, name, null));
    }

    @Override
    public void dropUniqueConstraint(String table, String... columns) {
        sink.accept(new DropConstraint(table, null, new UniqueConstraint(null, List.of(columns))));
    }

    @Override
    public void dropCheckConstraint(String table, String expression) {
        sink.accept(new DropConstraint(table, null, new CheckConstraint(null, expression)));
    }

    @Override
    public void dropForeignKey(String table, ForeignKey foreignKey) {
        sink.accept(new DropConstraint(table, null, foreignKey.named(null)));
    }

    @Override
    public void execute(String sql) {
        sink.accept(new Execute(sql, null));
    }

    @Override
    public void execute(String dialect, String sql) {
        sink.accept(new Execute(sql, dialect));
    }

    @Override
    public void execute(String dialect, String sql, String reverseSql) {
        sink.accept(new Execute(sql, dialect, reverseSql));
    }

    @Override
    public void alterTableOptions(String table, Map<String, String> options) {
        sink.accept(new AlterTableOptions(table, options, null));
    }

    @Override
    public void createView(String name, String query) {
        createView(new View(name, query));
    }

    @Override
    public void createView(View view) {
        sink.accept(new CreateView(view));
    }

    @Override
    public void dropView(String name) {
        sink.accept(new DropView(name, null));
    }

    @Override
    public void createTrigger(String name, String table, String createTriggerSql) {
        sink.accept(new CreateTrigger(new Trigger(name, table, createTriggerSql)));
    }

    @Override
    public void dropTrigger(String name, String table) {
        sink.accept(new DropTrigger(name, table, null));
    }

    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        sink.accept(new BulkInsert(table, rows));
    }

    @Override
    public void batchAlterTable(String table, Consumer<Ops> changes) {
        List<Operation> grouped = new ArrayList<>();
        changes.accept(recording(dialect, grouped));
        sink.accept(new BatchAlterTable(table, grouped));
    }

    @Override
    public Connection connection() {
        return sink.connection();
    }
}
