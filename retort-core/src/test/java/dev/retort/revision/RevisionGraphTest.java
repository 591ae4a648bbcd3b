package dev.retort.revision;

import static dev.retort.revision.Revs.dated;
import static dev.retort.revision.Revs.dependsOn;
import static dev.retort.revision.Revs.graph;
import static dev.retort.revision.Revs.ids;
import static dev.retort.revision.Revs.labelled;
import static dev.retort.revision.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import dev.retort.error.UsageException;
import dev.retort.error.CheckFailedException;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    @Test
    void emptyGraphHasNoHeadsOrBases() {
        RevisionGraph g = RevisionGraph.of(List.of());
        assertEquals(0, g.size());
        assertEquals(List.of(), g.heads());
        assertEquals(List.of(), g.bases());
        assertEquals(List.of(), g.topological());
    }

    @Test
    void linearChain() {
        RevisionGraph g = graph(rev("c", "b"), rev("a"), rev("b", "a"));
        assertEquals(3, g.size());
        assertEquals(List.of("a", "b", "c"), ids(g.topological()));
        assertEquals(List.of("c"), g.heads());
        assertEquals(List.of("a"), g.bases());
        assertEquals(List.of("b"), g.children("a"));
        assertEquals(List.of(), g.children("c"));
        assertFalse(g.isBranchPoint("a"));
        assertEquals(List.of(), g.branchPoints());
        assertEquals(List.of("a", "b"), List.copyOf(g.ancestors("c")));
        assertEquals(List.of("b", "c"), List.copyOf(g.descendants("a")));
        assertEquals(Set.of(), g.ancestors("a"));
        assertEquals(Set.of(), g.descendants("c"));
    }

    @Test
    void findAndGet() {
        RevisionGraph g = graph(rev("a"), rev("b", "a"));
        assertEquals(Optional.of(rev("b", "a")), g.find("b"));
        assertEquals(Optional.empty(), g.find("zz"));
        assertEquals(Optional.empty(), g.find(null));
        assertEquals(rev("a"), g.get("a"));
        UnknownRevisionException e = assertThrows(UnknownRevisionException.class, () -> g.get("zz"));
        assertEquals("no revision matches 'zz'; `retort history` lists the revisions", e.getMessage());
        assertEquals("zz", e.id());
    }

    @Test
    void idMethodsRejectUnknownIds() {
        RevisionGraph g = graph(rev("a"));
        assertThrows(UnknownRevisionException.class, () -> g.children("x"));
        assertThrows(UnknownRevisionException.class, () -> g.isBranchPoint("x"));
        assertThrows(UnknownRevisionException.class, () -> g.ancestors("x"));
        assertThrows(UnknownRevisionException.class, () -> g.descendants("x"));
        assertThrows(UnknownRevisionException.class, () -> g.headsOf(List.of("x")));
    }

    @Test
    void branchAndMerge() {
        RevisionGraph g = Revs.branchAndMerge();
        assertEquals(List.of("a", "b", "c", "d", "e", "m", "f"), ids(g.topological()));
        assertEquals(List.of("f"), g.heads());
        assertEquals(List.of("a"), g.bases());
        assertTrue(g.isBranchPoint("b"));
        assertFalse(g.isBranchPoint("m"));
        assertEquals(List.of("c", "d"), g.children("b"));
        assertEquals(List.of("b"), g.branchPoints());
        assertEquals(List.of("m"), g.children("d"));
        assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(g.ancestors("m")));
        assertEquals(List.of("m", "f"), List.copyOf(g.descendants("d")));
        assertTrue(g.isAncestorOrSelf("d", "f"));
        assertTrue(g.isAncestorOrSelf("f", "f"));
        assertFalse(g.isAncestorOrSelf("d", "e"));
        assertFalse(g.isAncestorOrSelf("f", "a"));
    }

    @Test
    void unmergedBranchesGiveSeveralHeadsInTopologicalOrder() {
        RevisionGraph g = Revs.twoHeads();
        assertEquals(List.of("c2", "d2"), g.heads());
        assertEquals(List.of("a"), g.bases());
        assertEquals(Map.of("feature", "c1", "fix", "d1"), g.branchLabels());
    }

    @Test
    void dependsOnOrdersButDoesNotMakeChildren() {
        RevisionGraph g = Revs.dependentBranches();
        assertEquals(List.of("a1", "a2", "b1", "b2"), ids(g.topological()));
        assertEquals(List.of("a2", "b2"), g.heads());
        assertEquals(List.of("a1", "b1"), g.bases());
        assertEquals(List.of("a2"), g.children("a1"));
        assertEquals(List.of("b1"), g.dependents("a1"));
        assertEquals(List.of("a1", "b1"), List.copyOf(g.ancestors("b2")));
        assertEquals(List.of("a2", "b1", "b2"), List.copyOf(g.descendants("a1")));
    }

    @Test
    void headThatIsOnlyDependedOnStaysAHead() {
        RevisionGraph g = graph(rev("a"), dependsOn(rev("b"), "a"));
        assertEquals(List.of("a", "b"), g.heads());
        assertEquals(List.of("a", "b"), g.bases());
    }

    @Test
    void tiesBreakByCreateDateThenId() {
        RevisionGraph g = graph(rev("a"),
                dated(rev("b", "a"), "2024-02-01T00:00:00Z"),
                dated(rev("c", "a"), "2024-01-01T00:00:00Z"),
                dated(rev("d", "a"), "2024-01-01T00:00:00Z"),
                rev("e", "a"));
        assertEquals(List.of("a", "c", "d", "b", "e"), ids(g.topological()));
        assertEquals(List.of("c", "d", "b", "e"), g.children("a"));
        assertEquals(List.of("c", "d", "b", "e"), g.heads());
    }

    @Test
    void dependencyComesFirstEvenWhenNewer() {
        RevisionGraph g = graph(dated(dependsOn(rev("x"), "y"), "2020-01-01T00:00:00Z"),
                dated(rev("y"), "2030-01-01T00:00:00Z"));
        assertEquals(List.of("y", "x"), ids(g.topological()));
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        List<Revision> revisions = new ArrayList<>(Revs.branchAndMerge().topological());
        List<String> expected = ids(Revs.branchAndMerge().topological());
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(revisions, random);
            assertEquals(expected, ids(RevisionGraph.of(revisions).topological()));
        }
    }

    @Test
    void repeatedParentIsOneEdge() {
        RevisionGraph g = graph(rev("a"), rev("b", "a", "a"), dependsOn(rev("c", "b"), "b"));
        assertEquals(List.of("b"), g.children("a"));
        assertEquals(List.of("c"), g.children("b"));
        assertEquals(List.of("c"), g.heads());
        assertEquals(List.of("a", "b"), List.copyOf(g.ancestors("c")));
    }

    @Test
    void topologicalListIsImmutable() {
        RevisionGraph g = graph(rev("a"));
        assertThrows(UnsupportedOperationException.class, () -> g.topological().clear());
        assertThrows(UnsupportedOperationException.class, () -> g.ancestors("a").clear());
        assertSame(g.topological(), g.topological());
    }

    @Test
    void duplicateIdIsRefused() {
        DuplicateRevisionException e = assertThrows(DuplicateRevisionException.class,
                () -> graph(rev("a"), rev("b", "a"), rev("a")));
        assertEquals("revision id a is used by more than one revision; give one of them a new id", e.getMessage());
        assertEquals("a", e.id());
    }

    @Test
    void unknownParentNamesBothRevisions() {
        UnknownRevisionException e = assertThrows(UnknownRevisionException.class,
                () -> graph(rev("a"), rev("b", "a", "x")));
        assertEquals("revision b revises x, which does not exist; add the revision x or fix the Revises header of b",
                e.getMessage());
        assertEquals("x", e.id());
    }

    @Test
    void unknownDependsOnNamesBothRevisions() {
        UnknownRevisionException e = assertThrows(UnknownRevisionException.class,
                () -> graph(rev("a"), dependsOn(rev("b", "a"), "y")));
        assertEquals("revision b depends on y, which does not exist; add the revision y or fix the Depends-On header of b",
                e.getMessage());
    }

    @Test
    void twoRevisionCycle() {
        CycleException e = assertThrows(CycleException.class, () -> graph(rev("b", "a"), rev("a", "b")));
        assertEquals("revisions form a cycle: a -> b -> a (each revises or depends on the next);"
                + " fix one of their Revises or Depends-On headers", e.getMessage());
        assertEquals(List.of("a", "b", "a"), e.cycle());
    }

    @Test
    void selfCycle() {
        CycleException e = assertThrows(CycleException.class, () -> graph(rev("r"), rev("a", "a")));
        assertEquals(List.of("a", "a"), e.cycle());
    }

    @Test
    void cycleBehindARootIsFoundAndShownFromItsSmallestId() {
        CycleException e = assertThrows(CycleException.class,
                () -> graph(rev("r"), rev("x", "r", "c"), rev("b", "x"), rev("c", "b"), rev("z", "c")));
        assertEquals(List.of("b", "x", "c", "b"), e.cycle());
    }

    @Test
    void cycleThroughDependsOn() {
        CycleException e = assertThrows(CycleException.class,
                () -> graph(rev("a"), dependsOn(rev("b", "a"), "c"), rev("c", "b")));
        assertTrue(e.getMessage().startsWith("revisions form a cycle: b -> c -> b "), e.getMessage());
    }

    @Test
    void labelOnTwoRevisions() {
        DuplicateBranchLabelException e = assertThrows(DuplicateBranchLabelException.class,
                () -> graph(labelled(rev("a"), "core"), labelled(rev("b", "a"), "core")));
        assertEquals("branch label 'core' is on both revision a and revision b; keep it on one of them", e.getMessage());
        assertEquals("core", e.label());
    }

    @Test
    void labelEqualToAnId() {
        DuplicateBranchLabelException e = assertThrows(DuplicateBranchLabelException.class,
                () -> graph(rev("a"), labelled(rev("b", "a"), "a")));
        assertEquals("branch label 'a' of revision b is also a revision id; rename the label", e.getMessage());
    }

    @Test
    void labelThatReadsAsATarget() {
        assertEquals("branch label 'head' of revision a is a reserved target name; rename the label",
                assertThrows(InvalidBranchLabelException.class, () -> graph(labelled(rev("a"), "head"))).getMessage());
        assertEquals("branch label 'x@y' of revision a contains '@'; rename the label",
                assertThrows(InvalidBranchLabelException.class, () -> graph(labelled(rev("a"), "x@y"))).getMessage());
        assertEquals("branch label '+1' of revision a reads as a relative step; rename the label",
                assertThrows(InvalidBranchLabelException.class, () -> graph(labelled(rev("a"), "+1"))).getMessage());
        assertEquals("branch label '' of revision a is empty; rename the label",
                assertThrows(InvalidBranchLabelException.class, () -> graph(labelled(rev("a"), ""))).getMessage());
    }

    @Test
    void everyFailureIsARetortExceptionWithOneLine() {
        List<RetortException> errors = List.of(
                assertThrows(RetortException.class, () -> graph(rev("a"), rev("a"))),
                assertThrows(RetortException.class, () -> graph(rev("a", "x"))),
                assertThrows(RetortException.class, () -> graph(rev("a", "a"))),
                assertThrows(RetortException.class, () -> graph(labelled(rev("a"), "l"), labelled(rev("b"), "l"))));
        for (RetortException e : errors) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(e instanceof UsageException || e instanceof CheckFailedException, "an error (exit code 1)");
        }
    }

    @Test
    void nullsAreRejectedWithTheArgumentName() {
        assertEquals("revisions", assertThrows(NullPointerException.class, () -> RevisionGraph.of(null)).getMessage());
        List<Revision> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals("revisions must not contain null",
                assertThrows(NullPointerException.class, () -> RevisionGraph.of(withNull)).getMessage());
    }

    @Test
    void toStringNamesSizeAndHeads() {
        assertEquals("RevisionGraph(6 revisions, heads [c2, d2])", Revs.twoHeads().toString());
    }
}
