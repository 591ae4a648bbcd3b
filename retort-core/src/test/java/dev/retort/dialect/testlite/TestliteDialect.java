package dev.retort.dialect.testlite;

import dev.retort.autogen.DiffHooks;
import dev.retort.autogen.ScratchDatabase;
import dev.retort.dialect.Inspector;
import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.ops.Operation;
import dev.retort.schema.Schema;
import dev.retort.spi.Capability;
import dev.retort.spi.Dialect;

import java.sql.Connection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** SQLite's dialect under another name, with the capabilities SQLite has but file backups. */
final class TestliteDialect implements Dialect {
    private final Dialect sqlite;

    TestliteDialect(Dialect sqlite) {
        this.sqlite = sqlite;
    }

    @Override
    public String name() {
        return TestliteProvider.NAME;
    }

    @Override
    public String displayName() {
        return "TestLite";
    }

    @Override
    public Set<String> names() {
        return Set.of(TestliteProvider.NAME);
    }

    @Override
    public Set<Capability> capabilities() {
        Set<Capability> capabilities = EnumSet.copyOf(sqlite.capabilities());
        capabilities.remove(Capability.FILE_BACKUPS);
        return capabilities;
    }

    @Override
    public void apply(List<Operation> operations, SqlSession session) {
        sqlite.apply(operations, session);
    }

    @Override
    public List<String> render(Operation operation, SqlSession session) {
        return sqlite.render(operation, session);
    }

    @Override
    public Inspector inspector() {
        return sqlite.inspector();
    }

    @Override
    public DiffHooks diffHooks() {
        return sqlite.diffHooks();
    }

    @Override
    public RevisionTransaction revisionTransaction() {
        return sqlite.revisionTransaction();
    }

    @Override
    public ScratchDatabase scratch(Connection live) {
        return sqlite.scratch(live);
    }

    @Override
    public Schema asStored(Schema models, Connection connection) {
        return sqlite.asStored(models, connection);
    }

    @Override
    public Map<String, Long> foreignKeyViolations(Connection connection) {
        return sqlite.foreignKeyViolations(connection);
    }

    @Override
    public String quote(String identifier) {
        return sqlite.quote(identifier);
    }
}
