package dev.retort.dialect.postgres;

import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.ops.Dsl.column;
import static dev.retort.schema.Types.INTEGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a revision that adds enum values must run outside a transaction, decided for each server version. */
class EnumValuesCommitFirstTest {
    private static final Operation ADDS_REVIEW = PostgresEnumChange.of(
            PostgresObjects.enumType("doc_state", List.of("draft", "published")),
            PostgresObjects.enumType("doc_state", List.of("draft", "review", "it's", "published"))).get(0);

    @Test
    void theAddedValuesAreReadBackFromTheStatements() {
        assertEquals(List.of("'review'", "'it''s'"), PostgresEnumChange.addedValues(ADDS_REVIEW));
        assertEquals(List.of(), PostgresEnumChange.addedValues(new Execute("UPDATE docs SET state = 'review'",
                PostgresProvider.NAME)));
    }

    @Test
    void beforeTwelveAnyAdditionRunsOutside() {
        String reason = EnumValuesCommitFirst.reason(List.of(ADDS_REVIEW), 11);
        assertTrue(reason.startsWith("PostgreSQL 11 runs ALTER TYPE ... ADD VALUE only outside a transaction block"),
                reason);
        assertNull(EnumValuesCommitFirst.reason(List.of(new AddColumn("docs", column("n", INTEGER))), 11),
                "nothing added, nothing to commit first");
    }

    @Test
    void fromTwelveOnlyARevisionThatUsesAnAddedValueRunsOutside() {
        assertNull(EnumValuesCommitFirst.reason(List.of(ADDS_REVIEW), 12));
        assertNull(EnumValuesCommitFirst.reason(List.of(ADDS_REVIEW,
                new AddColumn("docs", column("n", INTEGER).serverDefault("'draft'::doc_state"))), 16));
        String defaulted = EnumValuesCommitFirst.reason(List.of(ADDS_REVIEW,
                new AddColumn("docs", column("n", INTEGER).serverDefault("'review'::doc_state"))), 12);
        assertTrue(defaulted.startsWith("the revision uses the enum value 'review' that it adds"), defaulted);
        String checked = EnumValuesCommitFirst.reason(List.of(ADDS_REVIEW, new CreateCheckConstraint("docs",
                new CheckConstraint("ck_state", "state <> 'it''s' AND state <> 'review'"))), 15);
        assertTrue(checked.startsWith("the revision uses the enum values 'review', 'it''s' that it adds"), checked);
    }
}
