package dev.retort.revision;

import static dev.retort.revision.Revs.ids;
import static dev.retort.revision.Revs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Graphs of thousands of revisions: right answers, no deep recursion, and no quadratic work. */
class LargeGraphTest {

    /**
     * {@code segments} times: a trunk of {@code trunk} revisions whose last one branches into two arms of
     * {@code arm} revisions, merged by one revision (the last merge only if {@code mergeLast}). Create dates
     * interleave the arms so the tie-break has work to do.
     */
    static List<Revision> branchy(int segments, int trunk, int arm, boolean mergeLast) {
        List<Revision> out = new ArrayList<>();
        String previous = null;
        for (int s = 0; s < segments; s++) {
            for (int t = 0; t < trunk; t++) {
                String id = id(s, 't', t);
                out.add(dated(previous == null ? rev(id) : rev(id, previous), s, t));
                previous = id;
            }
            String a = previous;
            String b = previous;
            for (int k = 0; k < arm; k++) {
                out.add(dated(rev(id(s, 'a', k), a), s, trunk + 2 * k + 1));
                out.add(dated(rev(id(s, 'b', k), b), s, trunk + 2 * k));
                a = id(s, 'a', k);
                b = id(s, 'b', k);
            }
            if (s < segments - 1 || mergeLast) {
                out.add(dated(rev(id(s, 'm', 0), a, b), s, trunk + 2 * arm));
                previous = id(s, 'm', 0);
            }
        }
        return out;
    }

    static String id(int segment, char kind, int k) {
        return String.format("s%02d%c%03d", segment, kind, k);
    }

    private static Revision dated(Revision r, int segment, int minute) {
        String date = String.format("2024-01-%02dT%02d:%02d:00Z", 1 + segment % 28, minute / 60, minute % 60);
        return Revs.dated(r, date);
    }

    /** Every parent and depends-on target of each revision comes earlier in the list. */
    private static void assertTopological(List<Revision> order) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i).id(), i);
        }
        for (int i = 0; i < order.size(); i++) {
            Revision r = order.get(i);
            for (String p : r.parents()) {
                assertTrue(position.get(p) < i, p + " after " + r.id());
            }
            for (String d : r.dependsOn()) {
                assertTrue(position.get(d) < i, d + " after " + r.id());
            }
        }
    }

    @Test
    void chainOf5000OnASmallStack() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // 256 KB is far too little for a recursive walk 5,000 deep; an iterative one does not notice.
        Thread thread = new Thread(null, () -> {
            try {
                checkChain(5000);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        assertNull(failure.get(), () -> String.valueOf(failure.get()));
    }

    @Test
    void chainOf100000() {
        checkChain(100_000);
    }

    private static void checkChain(int n) {
        List<Revision> revisions = new ArrayList<>(Revs.chain("r", n));
        Collections.shuffle(revisions, new Random(1));
        RevisionGraph g = RevisionGraph.of(revisions);
        String first = Revs.id("r", 0);
        String last = Revs.id("r", n - 1);
        assertEquals(List.of(last), g.heads());
        assertEquals(List.of(first), g.bases());
        assertEquals(ids(Revs.chain("r", n)), ids(g.topological()));
        assertEquals(n - 1, g.ancestors(last).size());
        assertEquals(n - 1, g.descendants(first).size());
        assertEquals(n, g.appliedSet(List.of(last)).size());
        assertEquals(n, g.upgradePlan(List.of(), "head").size());
        assertEquals(n / 2, g.upgradePlan(List.of(Revs.id("r", n / 2 - 1)), "head").size());
        assertEquals(n, g.downgradePlan(List.of(last), "base").size());
        assertEquals(List.of(last), g.downgradePlan(List.of(last), "-1").ids());
        assertEquals(first, g.resolve(last + "-" + (n - 1)));
        assertEquals(n, g.range(null, null).size());
        assertEquals(last, g.range(null, null).get(0).id());
    }

    @Test
    void fiveThousandWithFiftyBranchAndMergePoints() {
        List<Revision> revisions = branchy(50, 59, 20, true);
        assertEquals(5000, revisions.size());
        RevisionGraph g = RevisionGraph.of(revisions);
        String head = id(49, 'm', 0);
        assertEquals(List.of(head), g.heads());
        assertEquals(List.of(id(0, 't', 0)), g.bases());
        assertEquals(50, g.branchPoints().size());
        assertEquals(50, g.topological().stream().filter(r -> g.isBranchPoint(r.id())).count());
        assertEquals(50, g.topological().stream().filter(Revision::isMerge).count());
        assertTopological(g.topological());
        assertEquals(4999, g.ancestors(head).size());

        Plan all = g.upgradePlan(List.of(), "head");
        assertEquals(5000, all.size());
        assertTopological(all.steps().stream().map(Step::revision).toList());

        // Up to arm a of segment 25: 25 whole segments, its trunk and one arm are applied.
        List<String> rows = List.of(id(25, 'a', 19));
        assertEquals(25 * 100 + 59 + 20, g.appliedSet(rows).size());
        assertEquals(5000 - 2579, g.upgradePlan(rows, "head").size());
        // +2 is two steps up the graph, onto the merge and past it, so the whole other arm comes too (as in Alembic).
        assertEquals(22, g.upgradePlan(rows, "+2").size());
        assertEquals(id(26, 't', 0), g.upgradePlan(rows, "+2").ids().get(21));
        assertEquals(20, g.upgradePlan(rows, id(25, 'b', 19)).size());
        assertEquals(21, g.upgradePlan(rows, id(25, 'a', 19) + "+1").size());

        String branchPoint = id(10, 't', 58);
        assertEquals(5000 - (10 * 100 + 59), g.downgradePlan(List.of(head), branchPoint).size());
        assertEquals(1059, g.range("base", branchPoint).size());
        // -1 walks down Revises, and below a merge there is no single way (Alembic: mergedep-down-merge-minus-1).
        assertThrows(AmbiguousRevisionException.class, () -> g.downgradePlan(List.of(head), "-1"));
        assertEquals(List.of(head), g.downgradePlan(List.of(head), id(49, 'a', 19)).ids());
    }

    @Test
    void fiveThousandWithTheLastBranchesUnmerged() {
        RevisionGraph g = RevisionGraph.of(branchy(50, 59, 20, false));
        assertEquals(4999, g.size());
        List<String> heads = List.of(id(49, 'a', 19), id(49, 'b', 19));
        assertEquals(heads.stream().sorted().toList(), g.heads().stream().sorted().toList());
        MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> g.upgradePlan(List.of(), "head"));
        assertEquals(2, e.heads().size());
        assertEquals(4999, g.upgradePlan(List.of(), "heads").size());
        assertEquals(4999 - 20, g.upgradePlan(List.of(), id(49, 'a', 0) + "@head").size());
        assertEquals(20, g.downgradePlan(heads, id(49, 'b', 0) + "@-20").size());
        assertThrows(MultipleHeadsException.class, () -> g.downgradePlan(heads, "-1"));
    }

    @Test
    void sameOrderWhateverTheInputOrder() {
        List<Revision> revisions = branchy(10, 5, 4, true);
        List<String> expected = ids(RevisionGraph.of(revisions).topological());
        List<Revision> shuffled = new ArrayList<>(revisions);
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(expected, ids(RevisionGraph.of(shuffled).topological()));
    }
}
