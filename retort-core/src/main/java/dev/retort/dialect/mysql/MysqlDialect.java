package dev.retort.dialect.mysql;

import dev.retort.autogen.DiffHooks;
import dev.retort.autogen.ScratchDatabase;
import dev.retort.dialect.Inspector;
import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Schema;
import dev.retort.spi.Capability;
import dev.retort.spi.LockProfile;
import dev.retort.spi.BaseDialect;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * MySQL 8.0.16+ and MariaDB 10.5+ (the first with enforced CHECK constraints and, on MariaDB, information_schema
 * CHECK_CONSTRAINTS.LEVEL). Tables are changed natively with {@code ALTER TABLE}; there is no rebuild.
 * DDL is not transactional: each CREATE, ALTER and DROP commits on its own (and commits what came before
 * it), so a revision that fails half-way leaves the changes it made, which the runtime records as a dirty
 * mark. Operations are therefore carried out one at a time, each reading the schema as the previous one
 * left it.
 */
public final class MysqlDialect extends BaseDialect {
    private static final LockProfile LOCKS = new MysqlLockProfile();
    /** "mariadb" is written as often as the dialect's own name. */
    static final Set<String> NAMES = Set.of(MysqlProvider.NAME, "mariadb");
    /**
     * Not {@link Capability#TRANSACTIONAL_DDL}: MySQL and MariaDB commit each DDL statement implicitly (MySQL
     * reference, "Statements That Cause an Implicit Commit"). Defaults and checks are stored as the server
     * rewrites them ({@code information_schema.CHECK_CONSTRAINTS} shows {@code octet_length} for {@code length}).
     */
    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.REWRITES_STORED_EXPRESSIONS);
    private static final DiffHooks DIFF_HOOKS = new MysqlDiffHooks();
    private final MysqlServer fixedServer;
    private final MysqlInspector inspector = new MysqlInspector();
    private final MysqlRevisionTransaction transaction;

    /** Asks the connection which server it is, each time operations are carried out. */
    public MysqlDialect() {
        this(null, MysqlRevisionTransaction.DEFAULT_LOCK_WAIT_SECONDS);
    }

    /**
     * @param server           the server to write SQL for, or null to ask the connection
     * @param lockWaitSeconds  how long a revision waits for another runner's migration lock
     */
    public MysqlDialect(MysqlServer server, int lockWaitSeconds) {
        super(MysqlProvider.NAME, "MySQL", NAMES, CAPABILITIES, DIFF_HOOKS);
        this.fixedServer = server;
        this.transaction = new MysqlRevisionTransaction(lockWaitSeconds);
    }

    /** Writes SQL for {@code server} whatever the connection says: for rendering without a database. */
    public MysqlDialect(MysqlServer server) {
        this(server, MysqlRevisionTransaction.DEFAULT_LOCK_WAIT_SECONDS);
    }

    /** A database of its own on the live server, dropped after. */
    @Override
    public ScratchDatabase scratch(Connection live) {
        return new MysqlScratch(live);
    }

    /** Models written in Java without what InnoDB cannot keep, which is named instead ({@link MysqlModels}). */
    @Override
    public Schema asStored(Schema models, Connection connection) {
        return MysqlModels.withoutUnkeptClauses(models);
    }

    @Override
    public void apply(List<Operation> operations, SqlSession session) {
        MysqlServer server = server(session.connection());
        List<Operation> flat = new ArrayList<>();
        flatten(operations, flat);
        // Every name the drops need is looked up before the first statement commits anything.
        List<Operation> named = session.connection() == null ? flat
                : new MysqlConstraintNames(session.connection(), inspector).resolve(flat);
        for (Operation operation : named) {
            new MysqlOperationSql(server, inspector, session.connection()).render(operation).forEach(session::execute);
        }
    }

    private static void flatten(List<Operation> operations, List<Operation> into) {
        for (Operation operation : operations) {
            if (operation instanceof BatchAlterTable batch) {
                flatten(batch.operations(), into);
            } else {
                into.add(operation);
            }
        }
    }

    /**
     * The statements of one operation. What it needs to know of the schema (the current column for MODIFY,
     * a constraint's kind or generated name) is read from the session's connection when there is one.
     */
    @Override
    public List<String> render(Operation operation, SqlSession session) {
        return new ArrayList<>(new MysqlOperationSql(server(session.connection()), inspector, session.connection())
                .render(operation));
    }

    /** The server SQL is written for: the fixed one, else the connection's, else {@link MysqlServer#DEFAULT}. */
    public MysqlServer server(Connection connection) {
        if (fixedServer != null) {
            return fixedServer;
        }
        return connection == null ? MysqlServer.DEFAULT : MysqlServer.of(connection);
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
        return MysqlIdentifiers.quote(identifier);
    }
}
