package dev.retort.revision;

import static dev.retort.revision.Revs.dependsOn;
import static dev.retort.revision.Revs.graph;
import static dev.retort.revision.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The version rows after each step, as Alembic writes them (each test names its scenario in scenarios.txt). */
class VersionRowsTest {

    private static List<List<String>> rowsAlong(RevisionGraph g, List<String> rows, Plan plan) {
        List<List<String>> out = new ArrayList<>();
        AppliedState state = g.state(rows);
        for (Step step : plan.steps()) {
            state = state.after(step);
            out.add(state.heads());
        }
        return out;
    }

    @Test
    void aRootThatDependsOnAnotherTakesOverItsRow() {
        // deps-up-one-row-not-two
        RevisionGraph g = Revs.dependentBranches();
        assertEquals(List.of(List.of("a1"), List.of("b1")), rowsAlong(g, List.of(), g.upgradePlan(List.of(), "b1")));
    }

    @Test
    void aDependencyThatIsAlsoARowStaysOne() {
        // deps-up-heads: a2 is a row, b1 depends on a1 (below it), so b1 is a row of its own
        RevisionGraph g = Revs.dependentBranches();
        assertEquals(List.of(List.of("a1"), List.of("a2"), List.of("a2", "b1"), List.of("a2", "b2")),
                rowsAlong(g, List.of(), g.upgradePlan(List.of(), "heads")));
    }

    @Test
    void undoingADependentPutsBackNothingAnotherRowImplies() {
        // deps-down-keeps-dependent and deps-down-from-dependent-only
        RevisionGraph g = Revs.dependentBranches();
        assertEquals(List.of(List.of("b2")), rowsAlong(g, List.of("a2", "b2"), g.downgradePlan(List.of("a2", "b2"), "a1")));
        assertEquals(List.of(List.of("b1"), List.of("a1")), rowsAlong(g, List.of("b2"), g.downgradePlan(List.of("b2"), "billing@-2")));
    }

    @Test
    void undoingAMergeOfADependencyOnAnAncestorPutsBackBoth() {
        // ancestor-dep-down: c revises b and depends on a; Alembic unmerges it into rows a and b
        RevisionGraph g = graph(rev("a"), rev("b", "a"), dependsOn(rev("c", "b"), "a"));
        assertEquals(List.of(List.of("a", "b")), rowsAlong(g, List.of("c"), g.downgradePlan(List.of("c"), "b")));
    }

    @Test
    void aMergeReplacesBothRowsAndItsUndoingBringsThemBack() {
        // merge-up-from-both-sides, merge-down-to-one-parent
        RevisionGraph g = Revs.branchAndMerge();
        assertEquals(List.of(List.of("m")), rowsAlong(g, List.of("d", "e"), g.upgradePlan(List.of("d", "e"), "m")));
        assertEquals(List.of(List.of("m"), List.of("d", "e")), rowsAlong(g, List.of("f"), g.downgradePlan(List.of("f"), "e")));
    }

    @Test
    void versionRowsOfAnAppliedSetLeaveOutWhatDependencyLinksImply() {
        RevisionGraph g = Revs.dependentBranches();
        assertEquals(List.of("b2"), g.versionRowsOf(g.appliedSet(List.of("b2"))));
        assertEquals(List.of("a2", "b2"), g.versionRowsOf(g.appliedSet(List.of("a2", "b2"))));
    }
}
