package dev.retort.cli.output;

import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GraphDrawingTest {

    private static Revision rev(String id, List<String> parents, List<String> dependsOn, int minute) {
        return new Revision(id, parents, dependsOn, List.of(), "", String.format("2026-01-01T00:%02d:00Z", minute));
    }

    private static List<String> draw(Revision... revisions) {
        List<Revision> newestFirst = new ArrayList<>(RevisionGraph.of(List.of(revisions)).topological());
        Collections.reverse(newestFirst);
        return GraphDrawing.draw(newestFirst, Revision::id);
    }

    @Test
    void parentLinksAreSolidAsBefore() {
        assertEquals(List.of(
                "*  m",
                "|\\",
                "| *  c",
                "* |  b",
                "|/",
                "*  a"), draw(rev("a", List.of(), List.of(), 0), rev("b", List.of("a"), List.of(), 1),
                rev("c", List.of("a"), List.of(), 2), rev("m", List.of("b", "c"), List.of(), 3)));
    }

    @Test
    void aRootThatDependsOnAnotherBranchDrawsADottedLaneDownToIt() {
        assertEquals(List.of(
                "*  b2",
                "*  b1",
                ": *  a2",
                ":/",
                "*  a1"), draw(rev("a1", List.of(), List.of(), 0), rev("a2", List.of("a1"), List.of(), 1),
                rev("b1", List.of(), List.of("a1"), 2), rev("b2", List.of("b1"), List.of(), 3)));
    }

    @Test
    void aDependsOnLinkOpensWithADotBesideTheParentLane() {
        assertEquals(List.of(
                "*  b3",
                "*  b2",
                "|.",
                "* :  b1",
                " .",
                "*  a2",
                "*  a1"), draw(rev("a1", List.of(), List.of(), 0), rev("a2", List.of("a1"), List.of(), 1),
                rev("b1", List.of(), List.of(), 2), rev("b2", List.of("b1"), List.of("a2"), 3),
                rev("b3", List.of("b2"), List.of(), 4)));
    }

    @Test
    void aDependencyOutsideTheDrawnRangeGetsNoLane() {
        Revision b2 = rev("b2", List.of("b1"), List.of("a2"), 3);
        Revision b1 = rev("b1", List.of(), List.of(), 2);
        assertEquals(List.of("*  b2", "*  b1"), GraphDrawing.draw(List.of(b2, b1), Revision::id));
    }
}
