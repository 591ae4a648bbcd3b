package dev.retort.spi;

import dev.retort.autogen.DiffHooks;
import dev.retort.autogen.ScratchDatabase;
import dev.retort.dialect.Inspector;
import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.ops.Operation;
import dev.retort.schema.Schema;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One database family, as the runtime sees it. Each dialect package has the same set of classes (provider,
 * dialect, inspector, DDL renderer, diff hooks, types, revision transaction, scratch and rehearsal databases),
 * so a reader finds things by name. Generic code decides by {@link #has(Capability)}, never by {@link #name()}.
 */
public interface Dialect {

    /** The dialect's name, as in {@code op.execute(dialect, sql)}, a retort.toml section and messages. */
    String name();

    /** The family as people call it in messages: "SQLite". */
    String displayName();

    /** Every name an {@code op.execute(dialect, sql)} may use for this family (its name and common aliases). */
    Set<String> names();

    Set<Capability> capabilities();

    default boolean has(Capability capability) {
        return capabilities().contains(capability);
    }

    /** Carries out a revision's operations in order, planning dialect work (e.g. SQLite rebuilds) as needed. */
    void apply(List<Operation> operations, SqlSession session);

    /**
     * The revision's own code was handed the connection ({@code op.connection()}): what it runs there is not known
     * to the dialect, so checks it scopes to the tables a revision's operations touch must cover everything.
     */
    default void connectionHandedOut(SqlSession session) {
    }

    /** The statements one operation renders to, for review and table-driven tests. */
    List<String> render(Operation operation, SqlSession session);

    Inspector inspector();

    /** How the diff decides what is "the same" on this family (types, defaults, expressions). */
    DiffHooks diffHooks();

    /** How each revision's transaction begins and ends, and how runners exclude each other. */
    RevisionTransaction revisionTransaction();

    /**
     * Where a schema.sql model is applied to be read back: an empty database of this family, private to the
     * caller. {@code live} is the user's database when there is one (a server makes the scratch beside it), or null.
     */
    ScratchDatabase scratch(Connection live);

    /**
     * Why a revision made of {@code operations} (as autogenerate writes them) must run outside a transaction on
     * this database, or empty: its header then says {@code Transaction: none} and its upgrade opens with the reason.
     *
     * @param connection the live database, for its server version
     */
    default Optional<String> outsideTransaction(List<Operation> operations, Connection connection) {
        return Optional.empty();
    }

    /**
     * Models written in Java as this database would hold them: spelled as it stores expressions
     * ({@link Capability#REWRITES_STORED_EXPRESSIONS}), and without the clauses it cannot keep, which are named in
     * the schema's unsupported list instead. Called for every dialect; the default changes nothing.
     */
    default Schema asStored(Schema models, Connection connection) {
        return models;
    }

    /** Rows whose foreign keys point nowhere, counted by table ({@link Capability#FOREIGN_KEY_SCAN}); else empty. */
    default Map<String, Long> foreignKeyViolations(Connection connection) {
        return Map.of();
    }

    /** What a schema change does to the application's queries on this family, for lint's locking rules. */
    default LockProfile locks() {
        return LockProfile.NONE;
    }

    /** Quotes an identifier when it needs quoting. */
    String quote(String identifier);
}
