package dev.retort.dialect.postgres;

import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The models spelled the way PostgreSQL stores them, so that a diff with the live database compares like with
 * like. PostgreSQL rewrites what it is given: {@code score BETWEEN 0 AND 100} is kept as
 * {@code score >= 0 AND score <= 100}, {@code lower(name)} on a varchar as {@code lower(name::text)},
 * {@code binary(16)} as {@code bytea}. Rather than imitate those rewrites, each model table is created in a
 * {@link PostgresScratch} (columns, primary key, checks, indexes) and read back; the columns, check
 * expressions and index terms come from there, everything else (names, keys, foreign keys) from the models.
 */
public final class PostgresModels {
    private static final String UNNAMED_CHECK = "retort_unnamed_check_";

    private PostgresModels() {
    }

    public static Schema asStored(Schema models, Connection live) {
        if (models.tables().isEmpty()) {
            return models;
        }
        PostgresInspector inspector = new PostgresInspector();
        return new PostgresScratch(live).inside(connection -> {
            try (Statement st = connection.createStatement()) {
                for (SchemaObject object : models.objects()) {
                    st.execute(object.create());
                }
            }
            List<Table> stored = new ArrayList<>();
            for (Table table : models.tables()) {
                create(connection, table);
                stored.add(merge(table, inspector.table(connection, table.name()).orElseThrow()));
            }
            return models.withTables(stored);
        });
    }

    /** The table without foreign keys (they may point at tables made later) and with every check named. */
    private static void create(Connection connection, Table table) throws SQLException {
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < table.checks().size(); i++) {
            CheckConstraint check = table.checks().get(i);
            checks.add(check.name() == null ? check.named(UNNAMED_CHECK + i) : check);
        }
        Table bare = new Table(table.name(), table.columns(), table.primaryKey(), List.of(), List.of(), checks, List.of());
        List<String> statements = new ArrayList<>();
        statements.addAll(PostgresDdlRenderer.createTableStatements(bare.withComment(table.comment())));
        table.indexes().forEach(index -> statements.add(PostgresDdlRenderer.createIndex(index)));
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new RetortException("the models' table " + table.name() + " cannot be created on PostgreSQL: "
                            + e.getMessage().strip().replaceAll("\\s+", " ") + " in: " + sql.replaceAll("\\s+", " "), e);
                }
            }
        }
    }

    private static Table merge(Table model, Table stored) {
        List<CheckConstraint> checks = new ArrayList<>();
        for (int i = 0; i < model.checks().size(); i++) {
            CheckConstraint check = model.checks().get(i);
            String scratchName = check.name() == null ? UNNAMED_CHECK + i : check.name();
            String printed = stored.checks().stream().filter(c -> c.name().equals(scratchName))
                    .map(CheckConstraint::expression).findFirst().orElse(check.expression());
            checks.add(new CheckConstraint(check.name(), printed));
        }
        List<Index> indexes = new ArrayList<>();
        for (Index index : model.indexes()) {
            Index printed = stored.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst().orElse(index);
            indexes.add(new Index(index.name(), index.table(), printed.columns(), index.isUnique(), printed.where(),
                    printed.method(), printed.include(), printed.isNullsNotDistinct()));
        }
        return new Table(model.name(), stored.columns(), model.primaryKey(), model.uniques(), model.foreignKeys(), checks,
                indexes, model.options(), model.comment());
    }
}
