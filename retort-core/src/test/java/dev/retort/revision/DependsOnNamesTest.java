package dev.retort.revision;

import static dev.retort.revision.Revs.dependsOn;
import static dev.retort.revision.Revs.graph;
import static dev.retort.revision.Revs.labelled;
import static dev.retort.revision.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Depends-On may name a branch label or a unique partial id; Revises only full ids. */
class DependsOnNamesTest {

    @Test
    void aBranchLabelNamesItsRevision() {
        // label-dep-up
        RevisionGraph g = graph(labelled(rev("a1a1"), "core"), dependsOn(rev("b1b1"), "core"));
        assertEquals(List.of("a1a1"), g.ancestors("b1b1").stream().toList());
        assertEquals(List.of("b1b1"), g.dependents("a1a1"));
        assertEquals(List.of("a1a1"), g.get("b1b1").dependsOn(), "the graph's revisions name dependencies by id");
    }

    @Test
    void aUniquePartialIdNamesItsRevision() {
        RevisionGraph g = graph(rev("a1a1ffff"), dependsOn(rev("b1b1"), "a1a1"));
        assertEquals(List.of("b1b1"), g.dependents("a1a1ffff"));
    }

    @Test
    void anAmbiguousPartialIdIsRefusedNamingTheCandidates() {
        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class,
                () -> graph(rev("a1a1"), rev("a1a2"), dependsOn(rev("b1b1"), "a1")));
        assertEquals("revision b1b1 depends on 'a1', which matches 2 revisions (a1a1, a1a2);"
                + " write more of the id in its Depends-On header", e.getMessage());
    }

    @Test
    void revisesTakesNoShorthand() {
        assertThrows(UnknownRevisionException.class, () -> graph(rev("a1a1"), rev("b1b1", "a1")));
    }
}
