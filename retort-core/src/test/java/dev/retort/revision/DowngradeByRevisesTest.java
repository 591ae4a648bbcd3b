package dev.retort.revision;

import static dev.retort.revision.Revs.dependsOn;
import static dev.retort.revision.Revs.graph;
import static dev.retort.revision.Revs.ids;
import static dev.retort.revision.Revs.labelled;
import static dev.retort.revision.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a downgrade removes, as Alembic decides it (each test names its scenario in {@code scenarios.txt}):
 * what descends from the target through Revises, with what depends on that; not what only depends on the target.
 */
class DowngradeByRevisesTest {
    private final RevisionGraph deps = Revs.dependentBranches();

    /** core a1 - a2 - a3, billing b1 - b2 - b3; b2 depends on a2 and a3 on b1. */
    private final RevisionGraph criss = graph(labelled(rev("a1"), "core"), rev("a2", "a1"),
            labelled(rev("b1"), "billing"), dependsOn(rev("b2", "b1"), "a2"), dependsOn(rev("a3", "a2"), "b1"),
            rev("b3", "b2"));

    @Test
    void whatDependsOnTheTargetStays() {
        // criss-down-b1: a3 depends on b1, which stays
        assertEquals(List.of("b3", "b2"), ids(criss.downgradePlan(List.of("a3", "b3"), "b1")));
    }

    @Test
    void whatDependsOnARemovedRevisionGoesWithIt() {
        // criss-down-core-minus-2: core@-2 reaches a1, so a2 goes, and b2 (depending on a2) and b3 with it
        assertEquals(List.of("b3", "b2", "a3", "a2"), ids(criss.downgradePlan(List.of("a3", "b3"), "core@-2")));
        // criss-down-a2: nothing depends on a3
        assertEquals(List.of("a3"), ids(criss.downgradePlan(List.of("a3", "b3"), "a2")));
    }

    @Test
    void aTargetAppliedOnlyAsADependencyIsRefused() {
        // deps-down-to-bare-dependency
        NotADowngradeTargetException e = assertThrows(NotADowngradeTargetException.class,
                () -> deps.downgradePlan(List.of("b2"), "a1"));
        assertEquals("cannot downgrade to a1: revision a1 is applied only because b2 depends on it, and nothing"
                + " applied revises it; downgrade to a revision that b2 builds on", e.getMessage());
    }

    @Test
    void anAbsoluteLabelAtHeadNamesTheOneHead() {
        // branches-down-label-head-absolute: Alembic reads LABEL@X going down as X itself
        assertThrows(MultipleHeadsException.class, () -> Revs.twoHeads().downgradePlan(List.of("c2", "d2"), "fix@head"));
        assertEquals(List.of("d2"), ids(Revs.twoHeads().downgradePlan(List.of("c2", "d2"), "fix@d1")));
    }

    @Test
    void aLabelNarrowsWhichLineGoesFromTheTarget() {
        // bases-down-rev-at-base
        RevisionGraph bases = graph(rev("a"), rev("b", "a"), rev("x"), rev("y", "x"));
        assertEquals(List.of("y", "x"), ids(bases.downgradePlan(List.of("b", "y"), "x@base")));
        assertEquals(List.of("y", "x", "b", "a"), ids(bases.downgradePlan(List.of("b", "y"), "base")));
    }

    @Test
    void theBranchOfADependentLineCountsOnlyItsOwnRevisions() {
        // deps-down-from-dependent-only
        assertEquals(List.of("b2", "b1"), ids(deps.downgradePlan(List.of("b2"), "billing@-2")));
    }
}
