package dev.retort.dialect.sqlite;

import dev.retort.autogen.DiffHooks;
import dev.retort.autogen.ScratchDatabase;
import dev.retort.spi.Capability;
import dev.retort.spi.BaseDialect;
import dev.retort.dialect.Inspector;
import dev.retort.dialect.Jdbc;
import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateTrigger;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropTrigger;
import dev.retort.ops.DropView;
import dev.retort.dialect.ViewStatements;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SQLite. DDL is transactional (sqlite.org/lang_transaction.html), so each revision runs in one
 * transaction and a failure leaves the schema as it was. What {@code ALTER TABLE} cannot do is carried
 * out by rebuilding the table ({@link SqliteRebuild}), planned by {@link SqliteRebuildPlanner}.
 */
public final class SqliteDialect extends BaseDialect {
    private static final Set<Capability> CAPABILITIES = EnumSet.of(
            // SQLite rolls back CREATE, DROP and ALTER with their transaction (sqlite.org/lang_transaction.html).
            Capability.TRANSACTIONAL_DDL,
            // The database is one file, and VACUUM INTO writes a consistent copy of it (sqlite.org/lang_vacuum.html).
            Capability.FILE_BACKUPS,
            // A rebuild restates the table as it is (sqlite.org/lang_altertable.html#otheralter), so --sql needs
            // the schema that earlier revisions left: they are replayed on an in-memory database.
            Capability.OFFLINE_NEEDS_SCRATCH_DATABASE,
            // PRAGMA foreign_key_check lists the rows whose parent is missing (sqlite.org/pragma.html).
            Capability.FOREIGN_KEY_SCAN);
    private static final DiffHooks DIFF_HOOKS = new SqliteDiffHooks();
    private final SqliteSettings options;
    private final SqliteInspector inspector = new SqliteInspector();
    private final SqliteRevisionTransaction transaction;

    public SqliteDialect(SqliteSettings options) {
        super(SqliteProvider.NAME, "SQLite", Set.of(), CAPABILITIES, DIFF_HOOKS);
        this.options = Objects.requireNonNull(options, "options");
        this.transaction = new SqliteRevisionTransaction(options);
    }

    public SqliteDialect() {
        this(SqliteSettings.DEFAULT);
    }

    public SqliteSettings options() {
        return options;
    }

    @Override
    public ScratchDatabase scratch(Connection live) {
        return new SqliteScratch();
    }

    /** Models written in Java without the DEFERRABLE keys SQLite cannot keep, named instead ({@link SqliteModels}). */
    @Override
    public Schema asStored(Schema models, Connection connection) {
        return SqliteModels.withoutUnkeptClauses(models);
    }

    /** {@code PRAGMA foreign_key_check} (sqlite.org/pragma.html#pragma_foreign_key_check), Retort's tables left out. */
    @Override
    public Map<String, Long> foreignKeyViolations(Connection connection) {
        return Jdbc.attempt("run PRAGMA foreign_key_check", () -> {
            Map<String, Long> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    if (!table.toLowerCase(Locale.ROOT).startsWith("retort_")) {
                        counts.merge(table, 1L, Long::sum);
                    }
                }
            }
            return counts;
        });
    }

    /**
     * Carries out the operations in order, grouping each table's changes so they share one rebuild (see
     * {@link SqliteRebuildPlanner} for the rule). Every rebuild is guarded: row counts of the table and of
     * the tables that reference it must be unchanged.
     */
    @Override
    public void apply(List<Operation> operations, SqlSession session) {
        boolean checkForeignKeys = !session.offline() && !transaction.isActive(session.connection());
        for (SqliteRebuildPlanner.Step step : SqliteRebuildPlanner.plan(operations, name -> indexTable(session, name))) {
            if (step instanceof SqliteRebuildPlanner.Single single) {
                transaction.touching(session, ForeignKeyScope.of(single.operation()));
                renderSingle(single.operation(), session).forEach(session::execute);
            } else if (step instanceof SqliteRebuildPlanner.TableGroup group) {
                transaction.touching(session, touches(group.operations()));
                new SqliteTableChange(group.table(), group.operations(), inspector).execute(session, checkForeignKeys);
            }
        }
    }

    /** What a group of operations touches; null when any of them touches what is not known. */
    private static List<ForeignKeyScope.Touch> touches(List<Operation> operations) {
        List<ForeignKeyScope.Touch> all = new ArrayList<>();
        for (Operation operation : operations) {
            List<ForeignKeyScope.Touch> one = ForeignKeyScope.of(operation);
            if (one == null) {
                return null;
            }
            all.addAll(one);
        }
        return all;
    }

    @Override
    public void connectionHandedOut(SqlSession session) {
        transaction.touching(session, null);
    }

    /**
     * The statements of one operation: the native ALTER, or the whole rebuild script when one is needed
     * (read from the session's connection, which must hold the table).
     */
    @Override
    public List<String> render(Operation operation, SqlSession session) {
        List<String> sql = new ArrayList<>();
        for (SqliteRebuildPlanner.Step step : SqliteRebuildPlanner.plan(List.of(operation), name -> indexTable(session, name))) {
            if (step instanceof SqliteRebuildPlanner.Single single) {
                sql.addAll(renderSingle(single.operation(), session));
            } else if (step instanceof SqliteRebuildPlanner.TableGroup group) {
                sql.addAll(new SqliteTableChange(group.table(), group.operations(), inspector).render(session.connection()));
            }
        }
        return sql;
    }

    private List<String> renderSingle(Operation operation, SqlSession session) {
        List<String> sql = new ArrayList<>();
        if (operation instanceof CreateTable create) {
            sql.add(SqliteDdlRenderer.createTable(create.definition()));
            for (Index index : create.definition().indexes()) {
                sql.add(SqliteDdlRenderer.createIndex(index));
            }
        } else if (operation instanceof DropTable drop) {
            sql.add(SqliteDdlRenderer.dropTable(drop.table()));
        } else if (operation instanceof RenameTable rename) {
            sql.add(SqliteDdlRenderer.renameTable(rename.table(), rename.newName()));
        } else if (operation instanceof DropIndex drop) {
            sql.add(SqliteDdlRenderer.dropIndex(drop.name()));
        } else if (operation instanceof Execute execute) {
            if (execute.appliesTo(names())) {
                sql.add(execute.sql());
            }
        } else if (operation instanceof BulkInsert insert) {
            sql.addAll(SqliteDdlRenderer.insert(insert.table(), insert.rows()));
        } else if (operation instanceof CreateView create) {
            sql.add(ViewStatements.create(create.view(), SqliteIdentifiers::quote));
        } else if (operation instanceof DropView drop) {
            sql.add(ViewStatements.drop(drop.name(), SqliteIdentifiers::quote));
        } else if (operation instanceof CreateTrigger create) {
            sql.add(create.trigger().sql());
        } else if (operation instanceof DropTrigger drop) {
            sql.add("DROP TRIGGER " + SqliteIdentifiers.quote(drop.name()));
        } else {
            throw new IllegalStateException("not a stand-alone operation: " + operation.describe());
        }
        return sql;
    }

    /** The table an index belongs to, read from the database; null when there is no such index. */
    private static String indexTable(SqlSession session, String index) {
        Connection connection = session.connection();
        if (connection == null) {
            return null;
        }
        return Jdbc.attempt("look up index " + index, () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ? COLLATE NOCASE")) {
                st.setString(1, index);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
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
        return SqliteIdentifiers.quote(identifier);
    }
}
