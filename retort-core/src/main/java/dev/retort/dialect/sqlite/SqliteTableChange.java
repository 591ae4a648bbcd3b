package dev.retort.dialect.sqlite;

import dev.retort.sql.SqlLexer.Kind;
import dev.retort.dialect.SqlSession;
import dev.retort.sql.SqlLexer.Token;
import dev.retort.error.RetortException;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnChange;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out one table's group of changes: with native ALTER TABLE statements when every change
 * allows it, otherwise as one rebuild. Column renames in a rebuilt group run first as native
 * RENAME COLUMN when SQLite has it (3.25.0+) and nothing earlier in the group uses either name,
 * because SQLite then also rewrites the views, triggers and other tables' foreign keys that use the column.
 */
final class SqliteTableChange {
    private final String tableName;
    private final List<Operation> operations;
    private final SqliteInspector inspector;

    SqliteTableChange(String tableName, List<Operation> operations, SqliteInspector inspector) {
        this.tableName = tableName;
        this.operations = List.copyOf(operations);
        this.inspector = inspector;
    }

    /** Runs the group. {@code checkForeignKeys}: the guard also compares foreign_key_check (no revision transaction). */
    void execute(SqlSession session, boolean checkForeignKeys) {
        Plan plan = plan(session.connection());
        if (plan.nativeStatements() != null) {
            plan.nativeStatements().forEach(session::execute);
            return;
        }
        plan.renames().forEach(session::execute);
        Connection connection = session.connection();
        SqliteSchemaContext context = new SqliteSchemaContext(connection);
        SqliteRebuild rebuild = rebuild(connection, context, readTable(connection), extras(connection), plan.rest());
        if (rebuild != null) {
            requireForeignKeysOffOrUnreferenced(connection, context, session.offline());
            rebuild.execute(session, context, checkForeignKeys);
        }
    }

    /**
     * The statements the group would run, without running them. When renames run natively before a
     * rebuild, the rebuild is planned as if they had run (the table read back with the new names).
     */
    List<String> render(Connection connection) {
        Plan plan = plan(connection);
        if (plan.nativeStatements() != null) {
            return plan.nativeStatements();
        }
        List<String> sql = new ArrayList<>(plan.renames());
        Table table = readTable(connection);
        SqliteTableExtras extras = extras(connection);
        for (Operation op : plan.hoisted()) {
            TableRewrite renamed = new TableRewrite(table, extras);
            renamed.apply(op);
            table = renamed.table();
            extras = renamed.extras();
        }
        SqliteRebuild rebuild = rebuild(connection, new SqliteSchemaContext(connection), table, extras, plan.rest());
        if (rebuild != null) {
            sql.addAll(rebuild.statements());
        }
        return sql;
    }

    private record Plan(List<String> nativeStatements, List<String> renames, List<Operation> hoisted, List<Operation> rest) {
    }

    private Plan plan(Connection connection) {
        Table table = readTable(connection);
        SqliteVersion version = SqliteVersion.of(connection);
        SqliteNativeAlter alter = new SqliteNativeAlter(version, new SqliteSchemaContext(connection));
        TableRewrite simulated = new TableRewrite(table, extras(connection));
        List<String> statements = new ArrayList<>();
        boolean rebuild = false;
        for (Operation op : operations) {
            Optional<List<String>> native_ = alter.statements(op, simulated.table());
            if (native_.isEmpty()) {
                rebuild = true;
                break;
            }
            statements.addAll(native_.get());
            simulated.apply(op);
        }
        if (!rebuild) {
            return new Plan(statements, List.of(), List.of(), List.of());
        }
        List<Operation> hoisted = new ArrayList<>();
        List<Operation> rest = new ArrayList<>();
        if (version.atLeast(SqliteVersion.RENAME_COLUMN)) {
            hoistRenames(hoisted, rest);
        } else {
            rest.addAll(operations);
        }
        List<String> renames = new ArrayList<>();
        for (Operation op : hoisted) {
            AlterColumn rename = (AlterColumn) op;
            renames.add(SqliteDdlRenderer.renameColumn(tableName, rename.column(), rename.change().newName()));
        }
        return new Plan(null, renames, hoisted, rest);
    }

    /** Splits renames off to run first, when no earlier change in the group uses the old or new name. */
    private void hoistRenames(List<Operation> hoisted, List<Operation> rest) {
        Set<String> touched = new HashSet<>();
        for (Operation op : operations) {
            if (op instanceof AlterColumn alter && alter.change().newName() != null
                    && !alter.change().newName().equalsIgnoreCase(alter.column())
                    && !touched.contains(key(alter.column())) && !touched.contains(key(alter.change().newName()))) {
                String to = alter.change().newName();
                hoisted.add(new AlterColumn(alter.table(), alter.column(), ColumnChange.change().rename(to), null));
                ColumnChange c = alter.change();
                ColumnChange remaining = new ColumnChange(c.type(), c.nullable(), c.serverDefault(), c.dropsDefault(), null,
                        c.attributesOf());
                if (!remaining.isEmpty()) {
                    rest.add(new AlterColumn(alter.table(), to, remaining,
                            alter.existing() == null ? null : alter.existing().withName(to)));
                }
                continue;
            }
            rest.add(op);
            touched.addAll(namesUsedBy(op));
        }
    }

    private SqliteRebuild rebuild(Connection connection, SqliteSchemaContext context, Table table, SqliteTableExtras extras,
                                  List<Operation> ops) {
        TableRewrite rewrite = new TableRewrite(table, extras);
        ops.forEach(rewrite::apply);
        rewrite.finish();
        if (rewrite.unchanged()) {
            return null;
        }
        requireReferencedColumnsKept(context, rewrite);
        try {
            return new SqliteRebuild(rewrite, inspector.triggers(connection, table.name()), rewrite.renames(),
                    legacyAlterTable(connection));
        } catch (SQLException e) {
            throw new RetortException("could not read the triggers of " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /** Columns other tables' foreign keys point at must survive the rebuild under the same name. */
    private void requireReferencedColumnsKept(SqliteSchemaContext context, TableRewrite rewrite) {
        for (SqliteSchemaContext.Reference ref : context.referencing(tableName)) {
            if (ref.childTable().equalsIgnoreCase(tableName)) {
                continue;
            }
            for (String column : ref.key().refColumns()) {
                boolean kept = rewrite.table().column(column).map(c -> column.equalsIgnoreCase(rewrite.source(c.name())))
                        .orElse(false);
                if (!kept) {
                    throw new RetortException("table " + tableName + ": column " + column + " is referenced by a foreign key of "
                            + ref.childTable() + " " + ref.key().columns() + "; drop or change that foreign key first");
                }
            }
        }
    }

    /**
     * With foreign keys enforced, DROP TABLE deletes the table's rows first and their children cascade
     * (sqlite.org/foreignkeys.html, 5). The revision transaction switches enforcement off before it
     * begins; when it was not used, refuse rather than let a rebuild cascade.
     */
    private void requireForeignKeysOffOrUnreferenced(Connection connection, SqliteSchemaContext context, boolean offline) {
        if (offline) {
            return;
        }
        try {
            if (SqliteForeignKeys.enabled(connection)
                    && context.referencing(tableName).stream()
                    .anyMatch(r -> !r.childTable().equalsIgnoreCase(tableName))) {
                throw new RetortException("foreign keys are enforced while rebuilding " + tableName + ", which other tables"
                        + " reference, so dropping the old table would cascade; run the change inside the dialect's"
                        + " revisionTransaction(), which switches them off before the transaction begins");
            }
        } catch (SQLException e) {
            throw new RetortException("could not read PRAGMA foreign_keys: " + e.getMessage(), e);
        }
    }

    private Table readTable(Connection connection) {
        return inspector.table(connection, tableName).orElseThrow(() -> new RetortException(
                "table " + tableName + " does not exist; check the name, or create it earlier in the revision"));
    }

    private SqliteTableExtras extras(Connection connection) {
        try {
            return SqliteTableExtras.of(SqliteTableSql.parse(inspector.createSql(connection, tableName)));
        } catch (SQLException e) {
            throw new RetortException("could not read the definition of " + tableName + ": " + e.getMessage(), e);
        }
    }

    private static boolean legacyAlterTable(Connection connection) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA legacy_alter_table")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Column names an operation uses (lower case), to know whether a rename may move before it. */
    private static Set<String> namesUsedBy(Operation op) {
        Set<String> names = new HashSet<>();
        if (op instanceof AddColumn add) {
            names.add(key(add.column().name()));
        } else if (op instanceof DropColumn drop) {
            names.add(key(drop.column()));
        } else if (op instanceof AlterColumn alter) {
            names.add(key(alter.column()));
            if (alter.change().newName() != null) {
                names.add(key(alter.change().newName()));
            }
        } else if (op instanceof CreateIndex create) {
            create.index().columns().forEach(c -> names.addAll(identifiers(c)));
            if (create.index().where() != null) {
                names.addAll(identifiers(create.index().where()));
            }
        } else if (op instanceof CreateUniqueConstraint unique) {
            unique.constraint().columns().forEach(c -> names.add(key(c)));
        } else if (op instanceof CreateForeignKey fk) {
            fk.constraint().columns().forEach(c -> names.add(key(c)));
        } else if (op instanceof CreateCheckConstraint check) {
            names.addAll(identifiers(check.constraint().expression()));
        } else if (op instanceof CreatePrimaryKey create) {
            create.key().columns().forEach(c -> names.add(key(c)));
        } else if (op instanceof DropConstraint drop) {
            if (drop.definition() instanceof UniqueConstraint u) {
                u.columns().forEach(c -> names.add(key(c)));
            } else if (drop.definition() instanceof ForeignKey k) {
                k.columns().forEach(c -> names.add(key(c)));
            } else if (drop.definition() instanceof CheckConstraint c) {
                names.addAll(identifiers(c.expression()));
            }
        }
        return names;
    }

    private static Set<String> identifiers(String sql) {
        Set<String> names = new HashSet<>();
        for (Token t : SqliteIdentifiers.tokens(sql)) {
            if (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) {
                names.add(key(t.identifier()));
            }
        }
        return names;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
