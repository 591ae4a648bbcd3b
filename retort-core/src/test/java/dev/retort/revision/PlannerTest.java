package dev.retort.revision;

import dev.retort.error.UsageException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.revision.Revs.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans, applied sets and ranges, through the {@link RevisionGraph} methods that delegate to {@link Planner}. */
class PlannerTest {

    private final RevisionGraph chain = RevisionGraph.of(Revs.chain("r", 5));
    private final RevisionGraph merge = Revs.branchAndMerge();
    private final RevisionGraph two = Revs.twoHeads();
    private final RevisionGraph deps = Revs.dependentBranches();
    private final RevisionGraph empty = RevisionGraph.of(List.of());

    private static List<String> up(RevisionGraph g, List<String> rows, String target) {
        Plan plan = g.upgradePlan(rows, target);
        assertTrue(plan.steps().stream().allMatch(s -> s.direction() == Direction.UP), plan.toString());
        return ids(plan);
    }

    private static List<String> down(RevisionGraph g, List<String> rows, String target) {
        Plan plan = g.downgradePlan(rows, target);
        assertTrue(plan.steps().stream().allMatch(s -> s.direction() == Direction.DOWN), plan.toString());
        return ids(plan);
    }

    @Nested
    class AppliedSets {
        @Test
        void rowsAndTheirAncestors() {
            assertEquals(List.of("r0000", "r0001", "r0002"), List.copyOf(chain.appliedSet(List.of("r0002"))));
            assertEquals(List.of(), List.copyOf(chain.appliedSet(List.of())));
            assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(merge.appliedSet(List.of("e", "d"))));
            assertEquals(List.of("a1", "b1", "b2"), List.copyOf(deps.appliedSet(List.of("b2"))));
        }

        @Test
        void unknownVersionRow() {
            UnknownRevisionException e = assertThrows(UnknownRevisionException.class,
                    () -> chain.appliedSet(List.of("r0001", "zz")));
            assertEquals("the version table names revision zz, which no revision defines;"
                    + " restore that revision, or `retort stamp` the database at a known one", e.getMessage());
            assertThrows(UnknownRevisionException.class, () -> chain.upgradePlan(List.of("zz"), "head"));
        }

        @Test
        void headsOfAnAppliedSet() {
            assertEquals(List.of("d", "e"), merge.headsOf(merge.appliedSet(List.of("e", "d"))));
            assertEquals(List.of("f"), merge.headsOf(merge.appliedSet(List.of("f"))));
            assertEquals(List.of(), merge.headsOf(List.of()));
        }

        @Test
        void dependsOnTargetStaysAHeadOfItsOwnBranch() {
            assertEquals(List.of("a1", "b2"), deps.headsOf(deps.appliedSet(List.of("b2"))));
        }

        @Test
        void headsOfASetThatIsNotClosed() {
            assertEquals(List.of("r0002"), chain.headsOf(List.of("r0000", "r0002")));
            assertEquals(List.of("c", "d"), merge.headsOf(List.of("a", "c", "d")));
        }
    }

    @Nested
    class Upgrade {
        @Test
        void headFromEmptyAndFromTheMiddle() {
            assertEquals(List.of("r0000", "r0001", "r0002", "r0003", "r0004"), up(chain, List.of(), "head"));
            assertEquals(List.of("r0003", "r0004"), up(chain, List.of("r0002"), "head"));
        }

        @Test
        void stepsCarryTheGraphsRevisions() {
            Step step = chain.upgradePlan(List.of(), "r0000").steps().get(0);
            assertSame(chain.get("r0000"), step.revision());
            assertEquals("+r0000", step.toString());
        }

        @Test
        void alreadyAppliedGivesAnEmptyPlan() {
            assertTrue(chain.upgradePlan(List.of("r0004"), "head").isEmpty());
            assertTrue(chain.upgradePlan(List.of("r0003"), "r0001").isEmpty());
            assertTrue(chain.upgradePlan(List.of("r0003"), "base").isEmpty());
        }

        @Test
        void headWithSeveralHeadsIsRefused() {
            MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> two.upgradePlan(List.of(), "head"));
            assertEquals("'head' is ambiguous: there are 2 heads (c2, d2);"
                    + " merge them with `retort merge heads -m MSG` or name one", e.getMessage());
        }

        @Test
        void heads() {
            assertEquals(List.of("a", "b", "c1", "c2", "d1", "d2"), up(two, List.of(), "heads"));
            assertEquals(List.of("d1", "d2"), up(two, List.of("c2"), "heads"));
            assertEquals(List.of("b1", "b2"), up(deps, List.of("a2"), "heads"));
        }

        @Test
        void revisionPrefixAndLabel() {
            assertEquals(List.of("a", "b", "c1", "c2"), up(two, List.of(), "c2"));
            assertEquals(List.of("a", "b", "d1"), up(two, List.of(), "fix"));
            assertEquals(List.of("a", "b", "d1", "d2"), up(two, List.of(), "fix@head"));
            assertEquals(List.of("d1", "d2"), up(two, List.of("c2"), "fix@head"));
            assertEquals(List.of("r0000", "r0001"), up(chain, List.of(), "r0001"));
        }

        @Test
        void throughAMerge() {
            assertEquals(List.of("a", "b", "c", "e"), up(merge, List.of(), "e"));
            assertEquals(List.of("d", "m", "f"), up(merge, List.of("e"), "head"));
            assertEquals(List.of("m", "f"), up(merge, List.of("e", "d"), "head"));
        }

        @Test
        void dependsOnIsAppliedFirst() {
            assertEquals(List.of("a1", "b1", "b2"), up(deps, List.of(), "billing@head"));
            assertEquals(List.of("a1", "b1", "b2"), up(deps, List.of(), "b2"));
            assertEquals(List.of("b1"), up(deps, List.of("a1"), "billing"));
        }

        @Test
        void plusN() {
            assertEquals(List.of("r0002", "r0003"), up(chain, List.of("r0001"), "+2"));
            assertEquals(List.of("r0000"), up(chain, List.of(), "+1"));
            // Two steps up the graph from e reach f, and f needs d (Alembic: merge-up-plus-2-through-merge).
            assertEquals(List.of("d", "m", "f"), up(merge, List.of("e"), "+2"));
            assertEquals("'+0' moves nowhere; give +1 or more", assertThrows(InvalidTargetException.class,
                    () -> chain.upgradePlan(List.of("r0001"), "+0")).getMessage());
        }

        @Test
        void plusNBeyondTheHead() {
            RelativeTargetOutOfRangeException e = assertThrows(RelativeTargetOutOfRangeException.class,
                    () -> chain.upgradePlan(List.of("r0001"), "+4"));
            assertEquals("cannot upgrade +4: only 3 revisions are left to apply up to head r0004", e.getMessage());
            assertEquals("cannot upgrade +1: only 0 revisions are left to apply",
                    assertThrows(RelativeTargetOutOfRangeException.class, () -> empty.upgradePlan(List.of(), "+1"))
                            .getMessage());
        }

        @Test
        void plusNWithSeveralHeads() {
            MultipleHeadsException e = assertThrows(MultipleHeadsException.class,
                    () -> two.upgradePlan(List.of("b"), "+1"));
            assertEquals("'+1' is ambiguous: there are 2 heads (c2, d2);"
                    + " use LABEL@+1 or a revision, or merge them with `retort merge heads -m MSG`", e.getMessage());
            assertEquals(List.of("c2", "d2"), e.heads());
        }

        @Test
        void labelPlusN() {
            assertEquals(List.of("d1"), up(two, List.of("c2"), "fix@+1"));
            assertEquals(List.of("d1", "d2"), up(two, List.of("c2"), "fix@+2"));
            assertEquals(List.of("c1"), up(two, List.of("b"), "feature@+1"));
            RelativeTargetOutOfRangeException e = assertThrows(RelativeTargetOutOfRangeException.class,
                    () -> two.upgradePlan(List.of("c2"), "fix@+3"));
            assertEquals("cannot upgrade fix@+3: only 2 revisions are left to apply up to head d2", e.getMessage());
        }

        @Test
        void revisionPlusN() {
            assertEquals(List.of("r0000", "r0001", "r0002", "r0003"), up(chain, List.of(), "r0001+2"));
            assertEquals(List.of("c2"), up(two, List.of("c1"), "feature+1"));
            assertThrows(AmbiguousRevisionException.class, () -> merge.upgradePlan(List.of(), "a+2"));
        }

        @Test
        void downwardTargetsAreRefused() {
            InvalidTargetException e = assertThrows(InvalidTargetException.class,
                    () -> chain.upgradePlan(List.of("r0003"), "-1"));
            assertEquals("'-1' goes down; use `retort downgrade -1`", e.getMessage());
            assertInstanceOf(UsageException.class, e, "a usage error (exit code 2)");
            assertThrows(InvalidTargetException.class, () -> two.upgradePlan(List.of("c2"), "fix@-1"));
        }

        @Test
        void emptyGraph() {
            assertTrue(empty.upgradePlan(List.of(), "head").isEmpty());
            assertTrue(empty.upgradePlan(List.of(), "heads").isEmpty());
            assertThrows(InvalidTargetException.class, () -> empty.upgradePlan(List.of(), "+0"));
        }
    }

    @Nested
    class Downgrade {
        @Test
        void base() {
            assertEquals(List.of("r0004", "r0003", "r0002", "r0001", "r0000"), down(chain, List.of("r0004"), "base"));
            assertEquals(List.of("d2", "d1", "c2", "c1", "b", "a"), down(two, List.of("c2", "d2"), "base"));
            assertTrue(chain.downgradePlan(List.of(), "base").isEmpty());
        }

        @Test
        void minusN() {
            assertEquals(List.of("r0004"), down(chain, List.of("r0004"), "-1"));
            assertEquals(List.of("r0004", "r0003"), down(chain, List.of("r0004"), "-2"));
            // -N walks down Revises, and below a merge there is no single way (Alembic: merge-down-minus-2-at-merge).
            assertThrows(AmbiguousRevisionException.class, () -> merge.downgradePlan(List.of("f"), "-3"));
            assertEquals(List.of("c2"), down(two, List.of("c2"), "-1"));
            assertEquals("'-0' moves nowhere; give -1 or more", assertThrows(InvalidTargetException.class,
                    () -> chain.downgradePlan(List.of("r0004"), "-0")).getMessage());
        }

        @Test
        void minusNBeyondWhatIsApplied() {
            RelativeTargetOutOfRangeException e = assertThrows(RelativeTargetOutOfRangeException.class,
                    () -> chain.downgradePlan(List.of("r0002"), "-5"));
            assertEquals("cannot downgrade -5: only 3 revisions are applied", e.getMessage());
            assertEquals("cannot downgrade -1: only 0 revisions are applied",
                    assertThrows(RelativeTargetOutOfRangeException.class, () -> chain.downgradePlan(List.of(), "-1"))
                            .getMessage());
        }

        @Test
        void minusNWithSeveralAppliedHeads() {
            MultipleHeadsException e = assertThrows(MultipleHeadsException.class,
                    () -> two.downgradePlan(List.of("c2", "d2"), "-1"));
            assertEquals("'-1' is ambiguous: the database is at 2 heads (c2, d2); use LABEL@-1 or a revision",
                    e.getMessage());
        }

        @Test
        void labelMinusN() {
            assertEquals(List.of("d2"), down(two, List.of("c2", "d2"), "fix@-1"));
            assertEquals(List.of("d2", "d1"), down(two, List.of("c2", "d2"), "fix@-2"));
            assertEquals(List.of("c2"), down(two, List.of("c2", "d2"), "feature@-1"));
            assertEquals(List.of("a2"), down(deps, List.of("a2", "b2"), "core@-1"));
            assertEquals(List.of("b2", "b1"), down(deps, List.of("a2", "b2"), "billing@-2"));
        }

        /**
         * Alembic (branches-down-label-minus-3, deps-down-label-minus-2): the steps of LABEL@-N are the branch's
         * line down Revises, shared revisions included, and what stands on a removed revision goes with it.
         */
        @Test
        void labelMinusNCountsTheBranchsLineAndTakesWhatStandsOnIt() {
            assertEquals(List.of("d2", "d1", "c2", "c1", "b"), down(two, List.of("c2", "d2"), "fix@-3"));
            assertEquals(List.of("b2", "b1", "a2", "a1"), down(deps, List.of("a2", "b2"), "core@-2"));
            RelativeTargetOutOfRangeException e = assertThrows(RelativeTargetOutOfRangeException.class,
                    () -> two.downgradePlan(List.of("c2", "d2"), "fix@-5"));
            assertEquals("cannot downgrade fix@-5: only 4 revisions are applied on fix's branch", e.getMessage());
        }

        @Test
        void labelMinusNOnABranchThatSplits() {
            MultipleHeadsException e = assertThrows(MultipleHeadsException.class,
                    () -> two.downgradePlan(List.of("c2", "d2"), "b@-1"));
            assertEquals("'b@-1' is ambiguous: b leads to 2 heads (c2, d2); name one of them", e.getMessage());
            assertEquals(List.of("c2"), down(two, List.of("c2", "d1"), "c1@-1"));
        }

        @Test
        void labelMinusNOnABranchThatIsNotApplied() {
            NotAppliedException e = assertThrows(NotAppliedException.class,
                    () -> two.downgradePlan(List.of("c2"), "fix@-1"));
            assertEquals("cannot downgrade to 'fix@-1': revision d1 is not applied; the database is at c2",
                    e.getMessage());
            assertEquals("d1", e.id());
        }

        @Test
        void toARevision() {
            assertEquals(List.of("r0004", "r0003"), down(chain, List.of("r0004"), "r0002"));
            assertTrue(chain.downgradePlan(List.of("r0004"), "r0004").isEmpty());
            assertTrue(chain.downgradePlan(List.of("r0004"), "head").isEmpty());
            assertEquals(List.of("r0004", "r0003"), down(chain, List.of("r0004"), "r0004-2"));
            assertEquals(List.of("r0004", "r0003"), down(chain, List.of("r0004"), "r0001+1"));
        }

        @Test
        void otherBranchesStay() {
            assertEquals(List.of("d2", "d1", "c2", "c1"), down(two, List.of("c2", "d2"), "b"));
            assertEquals(List.of("c2"), down(two, List.of("c2", "d2"), "c1"));
            assertEquals(List.of("d2"), down(two, List.of("c2", "d2"), "fix"));
            assertEquals(List.of("f", "m", "e"), down(merge, List.of("f"), "c"));
        }

        /** Alembic (deps-down-keeps-dependent): b1 only depends on a1, and a1 stays, so billing stays. */
        @Test
        void aRevisionThatOnlyDependsOnTheTargetStays() {
            assertEquals(List.of("a2"), down(deps, List.of("a2", "b2"), "a1"));
            assertEquals(List.of("b2"), down(deps, List.of("a2", "b2"), "billing"));
        }

        @Test
        void targetNotApplied() {
            NotAppliedException e = assertThrows(NotAppliedException.class,
                    () -> chain.downgradePlan(List.of("r0001"), "r0003"));
            assertEquals("cannot downgrade to revision r0003: it is not applied; the database is at r0001",
                    e.getMessage());
            assertEquals("cannot downgrade to revision r0000: it is not applied; the database is at base (nothing applied)",
                    assertThrows(NotAppliedException.class, () -> chain.downgradePlan(List.of(), "r0000")).getMessage());
            assertEquals("cannot downgrade to 'fix': revision d1 is not applied; the database is at c2",
                    assertThrows(NotAppliedException.class, () -> two.downgradePlan(List.of("c2"), "fix")).getMessage());
        }

        @Test
        void upwardTargetsAreRefused() {
            assertEquals("'+1' goes up; use `retort upgrade +1`",
                    assertThrows(InvalidTargetException.class, () -> chain.downgradePlan(List.of("r0002"), "+1"))
                            .getMessage());
            assertEquals("'heads' is not a downgrade target; give a revision, base or -N",
                    assertThrows(InvalidTargetException.class, () -> chain.downgradePlan(List.of("r0002"), "heads"))
                            .getMessage());
        }

        @Test
        void unknownAndAmbiguousTargets() {
            assertThrows(UnknownRevisionException.class, () -> chain.downgradePlan(List.of("r0004"), "x"));
            assertThrows(AmbiguousRevisionException.class, () -> chain.downgradePlan(List.of("r0004"), "r00"));
        }
    }

    @Nested
    class Range {
        @Test
        void openEnds() {
            assertEquals(List.of("r0004", "r0003", "r0002", "r0001", "r0000"), ids(chain.range(null, null)));
            assertEquals(List.of("r0001", "r0000"), ids(chain.range("base", "r0001")));
            assertEquals(List.of("r0004", "r0003"), ids(chain.range("r0003", "head")));
            assertEquals(List.of("r0004", "r0003"), ids(chain.range("r0003", "heads")));
            assertEquals(List.of("r0004", "r0003"), ids(chain.range("r0003", null)));
        }

        @Test
        void between() {
            assertEquals(List.of("r0003", "r0002", "r0001"), ids(chain.range("r0001", "r0003")));
            assertEquals(List.of("r0002"), ids(chain.range("r0002", "r0002")));
            assertEquals(List.of("f", "m", "d"), ids(merge.range("d", "f")));
            assertEquals(List.of("d2", "d1"), ids(two.range("fix", "fix@head")));
        }

        @Test
        void branches() {
            assertEquals(List.of("d2", "d1", "c2", "c1", "b"), ids(two.range("b", null)));
            assertEquals(List.of("d2", "c2"), ids(two.range("heads", null)));
            assertEquals(List.of(), ids(two.range(null, "base")));
        }

        @Test
        void wrongWayRound() {
            NotAnAncestorException e = assertThrows(NotAnAncestorException.class, () -> chain.range("r0003", "r0001"));
            assertEquals("revision r0003 is not an ancestor of r0001, so the range r0003:r0001 is empty;"
                    + " did you mean r0001:r0003?", e.getMessage());
            assertEquals("revision c2 is not an ancestor of d2, so the range c2:d2 is empty;"
                    + " they are on different branches",
                    assertThrows(NotAnAncestorException.class, () -> two.range("c2", "d2")).getMessage());
        }
    }
}
