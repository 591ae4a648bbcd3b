package dev.retort.revision;

import static dev.retort.revision.Revs.graph;
import static dev.retort.revision.Revs.labelled;
import static dev.retort.revision.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import dev.retort.error.UsageException;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import org.junit.jupiter.api.Test;

/** Resolution of revision specs, through {@link RevisionGraph#resolve}. */
class ResolverTest {

    private final RevisionGraph hex = graph(rev("1a2b3c4d5e6f"), rev("1a2bffff0000", "1a2b3c4d5e6f"),
            labelled(rev("9b1c2d3e4f5a", "1a2bffff0000"), "release-2"));

    @Test
    void fullId() {
        assertEquals("1a2bffff0000", hex.resolve("1a2bffff0000"));
    }

    @Test
    void uniquePrefix() {
        assertEquals("1a2b3c4d5e6f", hex.resolve("1a2b3"));
        assertEquals("9b1c2d3e4f5a", hex.resolve("9"));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals("9b1c2d3e4f5a", hex.resolve(" 9b1c "));
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class, () -> hex.resolve("1a2b"));
        assertEquals("'1a2b' matches 2 revisions (1a2b3c4d5e6f, 1a2bffff0000); give more characters of the id",
                e.getMessage());
        assertEquals(List.of("1a2b3c4d5e6f", "1a2bffff0000"), e.candidates());
    }

    @Test
    void ambiguousPrefixListsAtMostTen() {
        List<Revision> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(rev(String.format("ab%02d", i)));
        }
        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class,
                () -> RevisionGraph.of(many).resolve("ab"));
        assertEquals("'ab' matches 25 revisions (ab00, ab01, ab02, ab03, ab04, ab05, ab06, ab07, ab08, ab09 and 15 more);"
                + " give more characters of the id", e.getMessage());
        assertEquals(25, e.candidates().size());
    }

    @Test
    void unknownSpec() {
        UnknownRevisionException e = assertThrows(UnknownRevisionException.class, () -> hex.resolve("ffff"));
        assertEquals("no revision matches 'ffff'; `retort history` lists the revisions", e.getMessage());
        assertThrows(UnknownRevisionException.class, () -> hex.resolve("1a2b3c4d5e6f0"));
    }

    @Test
    void labelNamesItsRevisionEvenWhenItLooksLikeRevMinusN() {
        assertEquals("9b1c2d3e4f5a", hex.resolve("release-2"));
    }

    @Test
    void exactIdBeatsLabelAndLabelBeatsPrefix() {
        RevisionGraph g = graph(rev("abc"), labelled(rev("def", "abc"), "ab"));
        assertEquals("def", g.resolve("ab"));
        assertEquals("abc", g.resolve("abc"));
        assertEquals("abc", g.resolve("abc+0"));
    }

    @Test
    void singleHead() {
        assertEquals("9b1c2d3e4f5a", hex.resolve("head"));
        assertEquals("9b1c2d3e4f5a", hex.resolve("heads"));
    }

    @Test
    void headWithSeveralHeadsSaysHowToMerge() {
        MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> Revs.twoHeads().resolve("head"));
        assertEquals("'head' is ambiguous: there are 2 heads (c2, d2);"
                + " merge them with `retort merge heads -m MSG` or name one", e.getMessage());
        assertEquals(List.of("c2", "d2"), e.heads());
    }

    @Test
    void headOfAnEmptyGraph() {
        UnknownRevisionException e = assertThrows(UnknownRevisionException.class,
                () -> RevisionGraph.of(List.of()).resolve("head"));
        assertEquals("there are no revisions yet, so 'head' names nothing; create one with `retort revision -m MSG`",
                e.getMessage());
    }

    @Test
    void label() {
        RevisionGraph g = Revs.twoHeads();
        assertEquals("c1", g.resolve("feature"));
        assertEquals("d1", g.resolve("fix"));
    }

    @Test
    void labelAtHead() {
        RevisionGraph g = Revs.twoHeads();
        assertEquals("c2", g.resolve("feature@head"));
        assertEquals("d2", g.resolve("fix@head"));
        assertEquals("d2", g.resolve("d2@head"));
        assertEquals("d2", g.resolve("d1@head"));
    }

    @Test
    void labelAtHeadIgnoresRevisionsThatOnlyDependOnTheBranch() {
        RevisionGraph g = Revs.dependentBranches();
        assertEquals("a2", g.resolve("core@head"));
        assertEquals("b2", g.resolve("billing@head"));
    }

    @Test
    void labelAtHeadOnABranchThatSplits() {
        MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> Revs.twoHeads().resolve("b@head"));
        assertEquals("'b@head' is ambiguous: b leads to 2 heads (c2, d2); name one of them", e.getMessage());
    }

    @Test
    void labelAtHeadThroughAMerge() {
        assertEquals("f", Revs.branchAndMerge().resolve("d@head"));
    }

    @Test
    void revisionPlusAndMinusN() {
        RevisionGraph g = Revs.branchAndMerge();
        assertEquals("a", g.resolve("a+0"));
        assertEquals("b", g.resolve("a+1"));
        assertEquals("m", g.resolve("e+1"));
        assertEquals("f", g.resolve("d+2"));
        assertEquals("c", g.resolve("e-1"));
        assertEquals("a", g.resolve("d-2"));
        assertEquals("m", g.resolve("f-1"));
    }

    @Test
    void revisionPlusNThroughABranchPointIsAmbiguous() {
        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class,
                () -> Revs.branchAndMerge().resolve("a+2"));
        assertEquals("'a+2' is ambiguous: revision b branches into c, d; name the revision instead", e.getMessage());
        assertEquals(List.of("c", "d"), e.candidates());
    }

    @Test
    void revisionMinusNThroughAMergeIsAmbiguous() {
        AmbiguousRevisionException e = assertThrows(AmbiguousRevisionException.class,
                () -> Revs.branchAndMerge().resolve("f-2"));
        assertEquals("'f-2' is ambiguous: revision m merges d, e; name the revision instead", e.getMessage());
    }

    @Test
    void revisionPlusNPastTheHead() {
        RelativeTargetOutOfRangeException e = assertThrows(RelativeTargetOutOfRangeException.class,
                () -> Revs.branchAndMerge().resolve("m+3"));
        assertEquals("'m+3' goes past the last revision: m has only 1 revision after it", e.getMessage());
        assertEquals("'b-5' goes past the first revision: b has only 1 revision before it",
                assertThrows(RelativeTargetOutOfRangeException.class, () -> Revs.branchAndMerge().resolve("b-5"))
                        .getMessage());
    }

    @Test
    void labelPlusN() {
        assertEquals("c2", Revs.twoHeads().resolve("feature+1"));
    }

    @Test
    void targetsThatAreNotOneRevision() {
        RevisionGraph g = Revs.branchAndMerge();
        assertEquals("'base' is the state before the first revision, not a revision",
                assertThrows(InvalidTargetException.class, () -> g.resolve("base")).getMessage());
        assertEquals("'+1' is relative to the database's state; use it with upgrade or downgrade, or write REV+N",
                assertThrows(InvalidTargetException.class, () -> g.resolve("+1")).getMessage());
        assertEquals("'fix@-1' is relative to the database's state; use it with upgrade or downgrade, or write REV-N",
                assertThrows(InvalidTargetException.class, () -> Revs.twoHeads().resolve("fix@-1")).getMessage());
        assertInstanceOf(UsageException.class, assertThrows(InvalidTargetException.class, () -> g.resolve("")),
                "a usage error (exit code 2)");
    }
}
