package dev.retort.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds revisions and graphs in memory for tests. */
final class Revs {

    private Revs() {
    }

    static Revision rev(String id, String... parents) {
        return Revision.of(id, parents);
    }

    static Revision dependsOn(Revision r, String... targets) {
        return new Revision(r.id(), r.parents(), List.of(targets), r.branchLabels(), r.message(), r.createDate());
    }

    static Revision labelled(Revision r, String... labels) {
        return new Revision(r.id(), r.parents(), r.dependsOn(), List.of(labels), r.message(), r.createDate());
    }

    static Revision dated(Revision r, String date) {
        return new Revision(r.id(), r.parents(), r.dependsOn(), r.branchLabels(), r.message(), date);
    }

    static RevisionGraph graph(Revision... revisions) {
        return RevisionGraph.of(Arrays.asList(revisions));
    }

    /** {@code prefix + 0000} revised by {@code prefix + 0001} ... n revisions in a line. */
    static List<Revision> chain(String prefix, int n) {
        List<Revision> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i == 0 ? rev(id(prefix, 0)) : rev(id(prefix, i), id(prefix, i - 1)));
        }
        return out;
    }

    static String id(String prefix, int i) {
        String digits = Integer.toString(i);
        return digits.length() >= 4 ? prefix + digits : prefix + "0000".substring(digits.length()) + digits;
    }

    static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    static List<String> ids(Plan plan) {
        return plan.ids();
    }

    /**
     * a - b - c - e - m - f, with b branching into c and d, and m merging e and d.
     */
    static RevisionGraph branchAndMerge() {
        return graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "b"), rev("e", "c"), rev("m", "e", "d"),
                rev("f", "m"));
    }

    /** a - b, then two unmerged branches: c1 - c2 (label feature on c1) and d1 - d2 (label fix on d1). */
    static RevisionGraph twoHeads() {
        return graph(rev("a"), rev("b", "a"), labelled(rev("c1", "b"), "feature"), rev("c2", "c1"),
                labelled(rev("d1", "b"), "fix"), rev("d2", "d1"));
    }

    /** Two independent branches: core (a1 - a2) and billing (b1 - b2), where b1 depends on a1. */
    static RevisionGraph dependentBranches() {
        return graph(labelled(rev("a1"), "core"), rev("a2", "a1"), labelled(dependsOn(rev("b1"), "a1"), "billing"),
                rev("b2", "b1"));
    }
}
