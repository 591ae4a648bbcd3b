package dev.retort.runtime;

import dev.retort.revision.AppliedState;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.Step;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CarriedStateTest {
    private final RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a1"), Revision.of("b2", "a1"),
            Revision.of("c3", "b2"), Revision.of("d4", "c3")));

    @Test
    void theRowsTheLastStepLeftGiveTheStateItMovedTo() {
        CarriedState carried = new CarriedState(graph);
        AppliedState start = carried.of(List.of());
        for (Step step : graph.upgradePlan(List.of(), "head").steps()) {
            AppliedState next = carried.of(start.heads()).after(step);
            carried.moved(next);
            assertSame(next, carried.of(next.heads()), "the rows as the step wrote them: the carried state");
            start = next;
        }
        assertEquals(List.of("d4"), start.heads());
        assertEquals(graph.state(List.of("d4")).applied(), start.applied(), "the same as worked out from the rows");
    }

    @Test
    void rowsAnotherRunnerMovedAreWorkedOutAfresh() {
        CarriedState carried = new CarriedState(graph);
        Step first = graph.upgradePlan(List.of(), "head").steps().get(0);
        carried.moved(carried.of(List.of()).after(first));

        AppliedState read = carried.of(List.of("c3"));

        assertEquals(List.of("c3"), read.heads());
        assertTrue(read.isApplied("b2"));
        assertFalse(read.isApplied("d4"));
    }
}
