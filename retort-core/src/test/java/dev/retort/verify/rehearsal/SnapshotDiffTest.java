package dev.retort.verify.rehearsal;

import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.Types;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnapshotDiffTest {
    private static final Table USERS = Table.of("users", Column.column("id", Types.INTEGER).primaryKey());

    @Test
    void rowCountsCompareOnlyTablesThatLivedThroughTheCycle() {
        Map<String, Long> before = Map.of("users", 3L, "audit", 5L, "legacy", 2L);
        Map<String, Long> between = Map.of("users", 3L, "audit", 0L);
        Map<String, Long> after = Map.of("users", 3L, "audit", 0L, "legacy", 0L);

        assertEquals(List.of("audit: 5 -> 0"), SnapshotDiff.rows(before, between, after));
    }

    @Test
    void schemaDifferencesNameTablesColumnsAndIndexes() {
        Table withEmail = USERS.withColumns(List.of(Column.column("id", Types.INTEGER).notNull(),
                Column.column("email", Types.TEXT)));
        Table indexed = USERS.withIndexes(List.of(Index.index("ix_users_id", "users", "id")));
        Table posts = Table.of("posts", Column.column("id", Types.INTEGER));

        assertEquals(List.of(), SnapshotDiff.schema(new Schema(List.of(USERS), List.of()), new Schema(List.of(USERS), List.of())));
        assertEquals(List.of("table users: column email is new"),
                SnapshotDiff.schema(new Schema(List.of(USERS), List.of()), new Schema(List.of(withEmail), List.of())));
        assertEquals(List.of("table users: index ix_users_id is gone", "table posts is new"),
                SnapshotDiff.schema(new Schema(List.of(indexed), List.of()), new Schema(List.of(USERS, posts), List.of())));
    }

    @Test
    void onlyNewForeignKeyViolationsCount() {
        assertEquals(List.of("posts has 1 new row referencing missing parents"),
                SnapshotDiff.newViolations(Map.of("posts", 2L, "tags", 1L), Map.of("posts", 3L, "tags", 1L)));
    }
}
