package dev.retort.revision;

import static dev.retort.revision.Revs.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code LABEL@...} and {@code REV@...} forms Alembic accepts, each checked against Alembic by a scenario
 * of {@code scenarios.txt} named in the test. Graph: a - b, then c1 - c2 (feature) and d1 - d2 (fix).
 */
class BranchTargetsTest {
    private final RevisionGraph two = Revs.twoHeads();

    @Test
    void labelAtRevisionNamesARevisionOfThatBranch() {
        // branches-up-label-at-rev, branches-up-label-at-partial
        assertEquals("d2", two.resolve("fix@d2"));
        assertEquals(List.of("a", "b", "d1", "d2"), ids(two.upgradePlan(List.of(), "fix@d2")));
    }

    @Test
    void aPartialIdIsLookedUpOnTheBranchOnly() {
        RevisionGraph g = Revs.graph(Revs.rev("aaaa"), Revs.labelled(Revs.rev("ab01", "aaaa"), "one"),
                Revs.labelled(Revs.rev("ab02", "aaaa"), "two"));
        assertThrows(AmbiguousRevisionException.class, () -> g.resolve("ab0"));
        assertEquals("ab02", g.resolve("two@ab0"));
    }

    @Test
    void labelAtARevisionOfAnotherBranchIsRefused() {
        // branches-up-label-at-other
        NotOnBranchException e = assertThrows(NotOnBranchException.class, () -> two.upgradePlan(List.of(), "fix@c2"));
        assertEquals("revision c2 is not on branch fix (neither before nor after it through Revises);"
                + " name a revision of that branch, or leave out 'fix@'", e.getMessage());
    }

    @Test
    void revisionAtHeadIsTheHeadAboveThatRevision() {
        // branches-up-rev-at-head
        assertEquals(List.of("a", "b", "d1", "d2"), ids(two.upgradePlan(List.of(), "d1@head")));
    }

    @Test
    void headMinusNAndBasePlusNOnABranch() {
        // branches-up-label-head-minus-1, branches-up-label-base-plus-2, linear-up-base-plus-2
        assertEquals(List.of("a", "b", "d1"), ids(two.upgradePlan(List.of(), "fix@head-1")));
        assertEquals(List.of("a", "b", "d1"), ids(two.upgradePlan(List.of(), "fix@base+3")));
        RevisionGraph chain = RevisionGraph.of(Revs.chain("r", 4));
        assertEquals(List.of("r0000", "r0001"), ids(chain.upgradePlan(List.of(), "base+2")));
        assertEquals(List.of("r0000", "r0001", "r0002"), ids(chain.upgradePlan(List.of(), "head-1")));
    }

    @Test
    void anUnknownBranchNamesWhatWasLookedFor() {
        // branches-up-unknown-label
        UnknownRevisionException e = assertThrows(UnknownRevisionException.class,
                () -> two.upgradePlan(List.of(), "nope@head"));
        assertEquals("no branch label or revision matches 'nope' in 'nope@head';"
                + " `retort branches` and `retort history` list them", e.getMessage());
    }

    @Test
    void labelAtBaseUpgradesNothingAndDowngradesThatBranchsLine() {
        // branches-down-label-base: one root, so the whole line from it goes (Alembic narrows only among roots)
        assertTrue(two.upgradePlan(List.of("c2"), "fix@base").isEmpty());
        assertEquals(List.of("d2", "d1", "c2", "c1", "b", "a"), ids(two.downgradePlan(List.of("c2", "d2"), "fix@base")));
        // deps-down-billing-base: two roots, so only billing's goes
        assertEquals(List.of("b2", "b1"), ids(Revs.dependentBranches().downgradePlan(List.of("a2", "b2"), "billing@base")));
    }

    @Test
    void labelAtHeadsIsEveryHeadOnTheBranch() {
        assertEquals(List.of("a", "b", "c1", "c2", "d1", "d2"), ids(two.upgradePlan(List.of(), "b@heads")));
        assertEquals(List.of("a", "b", "d1", "d2"), ids(two.upgradePlan(List.of(), "fix@heads")));
    }

    @Test
    void upgradeHeadsReachesWhatOnlyDependencyLinksMakeAHead() {
        // deps-up-heads: Alembic's heads are those nothing revises or depends on
        assertEquals(List.of("a1", "a2", "b1", "b2"), ids(Revs.dependentBranches().upgradePlan(List.of(), "heads")));
    }
}
