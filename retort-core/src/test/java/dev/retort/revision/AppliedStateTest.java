package dev.retort.revision;

import static dev.retort.revision.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppliedStateTest {

    /** The version rows after each step of the plan. */
    private static List<List<String>> rowsAlong(AppliedState start, Plan plan) {
        List<List<String>> out = new ArrayList<>();
        AppliedState state = start;
        for (Step step : plan.steps()) {
            state = state.after(step);
            out.add(state.heads());
        }
        return out;
    }

    @Test
    void fromVersionRows() {
        RevisionGraph g = Revs.branchAndMerge();
        AppliedState s = g.state(List.of("e", "d"));
        assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(s.applied()));
        assertEquals(List.of("d", "e"), s.heads());
        assertTrue(s.isApplied("c"));
        assertFalse(s.isApplied("m"));
        assertFalse(s.isEmpty());
        assertTrue(g.state(List.of()).isEmpty());
    }

    @Test
    void rowsAlongAnUpgradeAndBackDownThroughAMerge() {
        RevisionGraph g = Revs.branchAndMerge();
        AppliedState base = g.state(List.of());
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("c", "d"), List.of("d", "e"),
                List.of("m"), List.of("f")), rowsAlong(base, g.upgradePlan(List.of(), "head")));
        AppliedState top = g.state(List.of("f"));
        assertEquals(List.of(List.of("m"), List.of("d", "e"), List.of("c", "d"), List.of("c"), List.of("b"),
                List.of("a"), List.of()), rowsAlong(top, g.downgradePlan(List.of("f"), "base")));
    }

    /** Alembic (scenario deps-up-label-head): b1 steps the a1 row along, as it stands on it through Depends-On. */
    @Test
    void aHeadImpliedByADependencyIsNotRecordedTwice() {
        RevisionGraph g = Revs.dependentBranches();
        assertEquals(List.of(List.of("a1"), List.of("b1"), List.of("b2")),
                rowsAlong(g.state(List.of()), g.upgradePlan(List.of(), "billing@head")));
    }

    @Test
    void parentOfABranchPointComesBackOnlyWhenNoOtherChildIsApplied() {
        RevisionGraph g = Revs.twoHeads();
        AppliedState s = g.state(List.of("c1", "d1"));
        AppliedState withoutC1 = s.after(new Step(g.get("c1"), Direction.DOWN));
        assertEquals(List.of("d1"), withoutC1.heads());
        assertEquals(List.of("b"), withoutC1.after(new Step(g.get("d1"), Direction.DOWN)).heads());
        assertEquals(List.of("c1", "d1"), s.heads());
    }

    @Test
    void agreesWithHeadsOfAlongEveryStepOfABranchyGraph() {
        RevisionGraph g = RevisionGraph.of(LargeGraphTest.branchy(4, 25, 10, true));
        AppliedState state = g.state(List.of());
        for (Step step : g.upgradePlan(List.of(), "head").steps()) {
            state = state.after(step);
            assertEquals(g.headsOf(state.applied()), state.heads(), "after " + step);
        }
        for (Step step : g.downgradePlan(state.heads(), "base").steps()) {
            state = state.after(step);
            assertEquals(g.headsOf(state.applied()), state.heads(), "after " + step);
        }
        assertTrue(state.isEmpty());
    }

    @Test
    void stepsThatCannotRunFromThisStateAreRefused() {
        RevisionGraph g = Revs.graph(rev("a"), rev("b", "a"), Revs.dependsOn(rev("x"), "b"));
        AppliedState empty = g.state(List.of());
        assertEquals("cannot apply b: its parent a is not applied", assertThrows(IllegalStateException.class,
                () -> empty.after(new Step(g.get("b"), Direction.UP))).getMessage());
        assertEquals("cannot apply x: it depends on b, which is not applied", assertThrows(IllegalStateException.class,
                () -> g.state(List.of("a")).after(new Step(g.get("x"), Direction.UP))).getMessage());
        assertEquals("cannot apply a: it is already applied", assertThrows(IllegalStateException.class,
                () -> g.state(List.of("a")).after(new Step(g.get("a"), Direction.UP))).getMessage());
        assertEquals("cannot unapply a: its child b is applied", assertThrows(IllegalStateException.class,
                () -> g.state(List.of("b")).after(new Step(g.get("a"), Direction.DOWN))).getMessage());
        assertEquals("cannot unapply b: x depends on it and is applied", assertThrows(IllegalStateException.class,
                () -> g.state(List.of("x")).after(new Step(g.get("b"), Direction.DOWN))).getMessage());
        assertEquals("cannot unapply a: it is not applied", assertThrows(IllegalStateException.class,
                () -> empty.after(new Step(g.get("a"), Direction.DOWN))).getMessage());
    }
}
