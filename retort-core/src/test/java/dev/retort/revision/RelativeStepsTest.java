package dev.retort.revision;

import static dev.retort.revision.Revs.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code +N} and {@code -N} count steps along the graph from where the database is, as Alembic does (each
 * test names the scenario of {@code scenarios.txt} that checks it against Alembic).
 */
class RelativeStepsTest {
    private final RevisionGraph two = Revs.twoHeads();
    private final RevisionGraph merge = Revs.branchAndMerge();

    @Test
    void plusNFromOneLineWorksWhateverTheOtherHeads() {
        // branches-up-plus-1-on-one-line
        assertEquals(List.of("c2"), ids(two.upgradePlan(List.of("c1"), "+1")));
    }

    @Test
    void plusNFromSeveralRowsIsAmbiguous() {
        // branches-up-plus-1-from-two-heads
        MultipleHeadsException e = assertThrows(MultipleHeadsException.class,
                () -> two.upgradePlan(List.of("c1", "d1"), "+1"));
        assertEquals("'+1' is ambiguous: the database is at 2 heads (c1, d1); use LABEL@+1 or a revision",
                e.getMessage());
    }

    @Test
    void plusNFromBaseWithSeveralRootsIsAmbiguous() {
        // bases-up-plus-1-ambiguous
        RevisionGraph bases = Revs.graph(Revs.rev("a"), Revs.rev("b", "a"), Revs.rev("x"), Revs.rev("y", "x"));
        assertThrows(MultipleHeadsException.class, () -> bases.upgradePlan(List.of(), "+1"));
    }

    @Test
    void labelPlusNStartsWhereTheBranchLeavesWhatIsApplied() {
        // branches-up-label-plus-2, deps-up-branch-from-other
        assertEquals(List.of("d1", "d2"), ids(two.upgradePlan(List.of("c1"), "fix@+2")));
        assertEquals(List.of("b1"), ids(Revs.dependentBranches().upgradePlan(List.of("a2"), "billing@+1")));
    }

    @Test
    void minusNWalksRevisesAndBelowTheRootIsBase() {
        // linear-down-minus-to-base, linear-down-past-base
        RevisionGraph chain = RevisionGraph.of(Revs.chain("r", 3));
        assertEquals(List.of("r0001", "r0000"), ids(chain.downgradePlan(List.of("r0001"), "-2")));
        assertThrows(RelativeTargetOutOfRangeException.class, () -> chain.downgradePlan(List.of("r0001"), "-3"));
        assertEquals("r0000", chain.resolve("r0001-1"));
    }

    @Test
    void revMinusNToBaseDowngradesEverything() {
        assertEquals(List.of("d2", "d1", "c2", "c1", "b", "a"), ids(two.downgradePlan(List.of("c2", "d2"), "a-1")));
    }

    @Test
    void minusNBelowAMergeIsAmbiguous() {
        // merge-down-minus-2-at-merge
        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class,
                () -> merge.downgradePlan(List.of("f"), "-2"));
        assertEquals("'-2' is ambiguous: revision m merges d, e; name the revision instead", e.getMessage());
        assertEquals(List.of("f"), ids(merge.downgradePlan(List.of("f"), "-1")));
    }

    @Test
    void labelHeadMinusNIsRelativeToTheBranchsHead() {
        // branches-down-label-head-minus-1
        assertEquals(List.of("d2"), ids(two.downgradePlan(List.of("c2", "d2"), "fix@head-1")));
    }

    @Test
    void zeroStepsAreRefused() {
        // linear-up-plus-0, linear-down-minus-0
        assertThrows(InvalidTargetException.class, () -> two.upgradePlan(List.of("c1"), "fix@+0"));
        assertThrows(InvalidTargetException.class, () -> two.downgradePlan(List.of("c2"), "-0"));
        assertEquals("c1", two.resolve("c1+0"));
    }
}
