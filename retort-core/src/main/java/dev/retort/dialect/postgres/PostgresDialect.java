package dev.retort.dialect.postgres;

import dev.retort.autogen.DiffHooks;
import dev.retort.autogen.ScratchDatabase;
import dev.retort.dialect.Inspector;
import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;
import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.CreateTable;
import dev.retort.ops.RenameTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Schema;
import dev.retort.spi.Capability;
import dev.retort.spi.LockProfile;
import dev.retort.spi.BaseDialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL. DDL is transactional (wiki.postgresql.org/wiki/Transactional_DDL_in_PostgreSQL:_A_Competitive_Analysis),
 * so each revision runs in one transaction and a failure leaves the schema as it was. {@code ALTER TABLE}
 * does everything a revision asks for, so each operation becomes its own statements, in order: no table is
 * ever rebuilt.
 */
public final class PostgresDialect extends BaseDialect {
    private static final LockProfile LOCKS = new PostgresLockProfile();
    private final PostgresInspector inspector = new PostgresInspector();
    private final PostgresRevisionTransaction transaction;

    private static final Set<Capability> CAPABILITIES = EnumSet.of(
            // CREATE, ALTER and DROP roll back with their transaction
            // (wiki.postgresql.org/wiki/Transactional_DDL_in_PostgreSQL:_A_Competitive_Analysis).
            Capability.TRANSACTIONAL_DDL,
            // Defaults and checks are stored as parsed expressions and printed back by pg_get_expr, in the
            // server's own spelling (postgresql.org/docs/current/functions-info.html).
            Capability.REWRITES_STORED_EXPRESSIONS);
    private static final DiffHooks DIFF_HOOKS = new PostgresDiffHooks();

    /** "postgres" is written as often as the dialect's own name. */
    public PostgresDialect() {
        this(PostgresSettings.DEFAULT);
    }

    PostgresDialect(PostgresSettings settings) {
        super(PostgresProvider.NAME, "PostgreSQL", Set.of("postgres"), CAPABILITIES, DIFF_HOOKS);
        this.transaction = new PostgresRevisionTransaction(settings);
    }

    /** A schema of the live database that exists only inside a transaction that is rolled back. */
    @Override
    public ScratchDatabase scratch(Connection live) {
        return new PostgresScratch(live);
    }

    @Override
    public Schema asStored(Schema models, Connection connection) {
        return connection == null ? models : PostgresModels.asStored(models, connection);
    }

    /** A revision that adds enum values and uses one, or adds one before 12 ({@link EnumValuesCommitFirst}). */
    @Override
    public Optional<String> outsideTransaction(List<Operation> operations, Connection connection) {
        return Optional.ofNullable(EnumValuesCommitFirst.reason(operations, serverMajorVersion(connection)));
    }

    private static int serverMajorVersion(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new RetortException("could not read the PostgreSQL server version: " + e.getMessage(), e);
        }
    }

    /**
     * Renders and runs one operation at a time: finding an unnamed constraint reads the catalog, which must
     * already show what the operations before it did.
     */
    @Override
    public void apply(List<Operation> operations, SqlSession session) {
        apply(operations, session, new HashSet<>());
    }

    /**
     * {@code created} collects the tables these operations create: a change to one of them takes the plain form,
     * since it has no rows yet, and every other table gets the forms that keep its lock short (PostgresLockForms).
     */
    private void apply(List<Operation> operations, SqlSession session, Set<String> created) {
        for (Operation operation : operations) {
            if (operation instanceof BatchAlterTable batch) {
                apply(batch.operations(), session, created);
                continue;
            }
            operation.accept(new PostgresOperationSql(session, inspector, names(), created)).forEach(session::execute);
            if (operation instanceof CreateTable create) {
                created.add(create.definition().name().toLowerCase(Locale.ROOT));
            } else if (operation instanceof RenameTable rename && created.contains(rename.table().toLowerCase(Locale.ROOT))) {
                created.add(rename.newName().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** One operation on its own, as on a table that exists. */
    @Override
    public List<String> render(Operation operation, SqlSession session) {
        return operation.accept(new PostgresOperationSql(session, inspector, names(), Set.of()));
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
    public LockProfile locks() {
        return LOCKS;
    }

    @Override
    public String quote(String identifier) {
        return PostgresIdentifiers.quote(identifier);
    }
}
