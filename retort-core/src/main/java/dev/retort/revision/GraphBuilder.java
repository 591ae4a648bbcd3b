package dev.retort.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a collection of revisions (unique ids, known parents and depends-on targets, usable labels, no
 * cycle) and numbers them in topological order for {@link GraphIndex}.
 */
final class GraphBuilder {

    private GraphBuilder() {
    }

    static GraphIndex build(Collection<Revision> input) {
        Objects.requireNonNull(input, "revisions");
        Map<String, Integer> position = new HashMap<>();
        List<Revision> list = new ArrayList<>(input.size());
        for (Revision r : input) {
            Objects.requireNonNull(r, "revisions must not contain null");
            if (position.putIfAbsent(r.id(), list.size()) != null) {
                throw new DuplicateRevisionException(r.id());
            }
            list.add(r);
        }
        int n = list.size();
        Map<String, Integer> labels = labels(list, position);
        String[] sortedIds = position.keySet().toArray(new String[0]);
        Arrays.sort(sortedIds);
        int[][] parents = new int[n][];
        int[][] dependsOn = new int[n][];
        int[][] before = new int[n][];
        for (int i = 0; i < n; i++) {
            Revision r = list.get(i);
            parents[i] = lookup(r.parents(), position, r);
            dependsOn[i] = dependencies(r, position, labels, sortedIds);
            before[i] = union(parents[i], dependsOn[i]);
        }
        List<String> ids = new ArrayList<>(n);
        for (Revision r : list) {
            ids.add(r.id());
        }
        int[] order = Topology.sort(before, CreateDateOrder.ranks(list), ids);

        int[] newIndex = new int[n];
        for (int k = 0; k < n; k++) {
            newIndex[order[k]] = k;
        }
        Revision[] sorted = new Revision[n];
        int[][] sortedParents = new int[n][];
        int[][] sortedDepends = new int[n][];
        for (int k = 0; k < n; k++) {
            sorted[k] = withResolvedDependencies(list.get(order[k]), dependsOn[order[k]], list);
            sortedParents[k] = renumber(parents[order[k]], newIndex);
            sortedDepends[k] = renumber(dependsOn[order[k]], newIndex);
        }
        labels.replaceAll((label, old) -> newIndex[old]);
        return new GraphIndex(sorted, sortedParents, sortedDepends, labels);
    }

    /** Revises names full ids only: a parent is part of a revision's identity, so no shorthand is accepted. */
    private static int[] lookup(List<String> refs, Map<String, Integer> position, Revision from) {
        int[] out = new int[refs.size()];
        int count = 0;
        for (String ref : refs) {
            Integer p = position.get(ref);
            if (p == null) {
                throw UnknownRevisionException.revisedBy(ref, from.id());
            }
            if (!contains(out, count, p)) {
                out[count++] = p;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Depends-On may name a full id, a branch label or a unique id prefix, as Alembic's depends_on takes a
     * label: a dependency on another branch is often written against that branch's name.
     */
    private static int[] dependencies(Revision from, Map<String, Integer> position, Map<String, Integer> labels,
                                      String[] sortedIds) {
        int[] out = new int[from.dependsOn().size()];
        int count = 0;
        for (String ref : from.dependsOn()) {
            Integer p = position.get(ref);
            if (p == null) {
                p = labels.get(ref);
            }
            if (p == null) {
                List<String> matches = Prefixes.matching(sortedIds, ref);
                if (matches.isEmpty()) {
                    throw UnknownRevisionException.dependedOnBy(ref, from.id());
                }
                if (matches.size() > 1) {
                    throw AmbiguousRevisionException.dependsOn(from.id(), ref, matches);
                }
                p = position.get(matches.get(0));
            }
            if (!contains(out, count, p)) {
                out[count++] = p;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static Map<String, Integer> labels(List<Revision> list, Map<String, Integer> position) {
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Revision r = list.get(i);
            for (String label : r.branchLabels()) {
                checkLabel(label, r.id());
                if (position.containsKey(label)) {
                    throw DuplicateBranchLabelException.sameAsId(label, r.id());
                }
                Integer other = labels.putIfAbsent(label, i);
                if (other != null && other != i) {
                    throw DuplicateBranchLabelException.onTwo(label, list.get(other).id(), r.id());
                }
            }
        }
        return labels;
    }

    private static void checkLabel(String label, String revision) {
        if (label == null || label.isBlank()) {
            throw new InvalidBranchLabelException(String.valueOf(label), revision, "is empty");
        }
        if (Target.RESERVED.contains(label)) {
            throw new InvalidBranchLabelException(label, revision, "is a reserved target name");
        }
        for (char c : label.toCharArray()) {
            if (Character.isWhitespace(c) || c == '@' || c == ':' || c == ',') {
                throw new InvalidBranchLabelException(label, revision, "contains '" + c + "'");
            }
        }
        if (Target.RELATIVE.matcher(label).matches()) {
            throw new InvalidBranchLabelException(label, revision, "reads as a relative step");
        }
    }

    /**
     * The graph's copy of a revision names its dependencies by full id, whatever the header wrote (a label, a
     * prefix), so everything that reads the graph's revisions sees ids only.
     */
    private static Revision withResolvedDependencies(Revision r, int[] dependencies, List<Revision> list) {
        List<String> ids = new ArrayList<>(dependencies.length);
        for (int d : dependencies) {
            ids.add(list.get(d).id());
        }
        if (ids.equals(r.dependsOn())) {
            return r;
        }
        return new Revision(r.id(), r.parents(), ids, r.branchLabels(), r.message(), r.createDate());
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        int count = a.length;
        for (int x : b) {
            if (!contains(out, count, x)) {
                out[count++] = x;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static boolean contains(int[] array, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (array[k] == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] renumber(int[] nodes, int[] newIndex) {
        int[] out = new int[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            out[k] = newIndex[nodes[k]];
        }
        Arrays.sort(out);
        return out;
    }
}
