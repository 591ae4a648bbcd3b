package dev.retort.dialect.sqlite;

import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.Operation;
import dev.retort.schema.FkAction;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.retort.ops.Dsl.check;
import static dev.retort.ops.Dsl.column;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SqliteDialectTest {
    @TempDir
    Path dir;

    @Test
    void createdTablesReadBackAsWritten() throws Exception {
        SqliteDialect dialect = new SqliteDialect(new SqliteSettings(true));
        try (SqliteTestDb db = new SqliteTestDb(dir, true)) {
            Table parent = Table.of("parent", column("id", INTEGER).primaryKey().autoIncrement(),
                    column("name", string(50)).notNull().unique(), check("length(name) > 0"));
            Table child = Table.of("child", column("id", INTEGER).primaryKey(),
                    column("parent_id", INTEGER).references("parent", "id", FkAction.CASCADE));
            Index index = Index.index("ix_child_parent", "child", "parent_id");
            List<Operation> ops = List.of(new CreateTable(parent), new CreateTable(child), new CreateIndex(index));
            dialect.apply(ops, db.session);

            Table readParent = dialect.inspector().table(db.connection, "parent").orElseThrow();
            assertEquals(parent, readParent);
            Table readChild = dialect.inspector().table(db.connection, "child").orElseThrow();
            assertEquals(child.withIndexes(List.of(index)), readChild);
        }
    }
}
