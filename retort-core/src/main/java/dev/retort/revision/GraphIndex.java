package dev.retort.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph as int arrays, numbered in topological order: node i's parents and depends-on targets all have
 * numbers below i. That numbering turns every ancestor or descendant walk into one sweep over a BitSet,
 * with no recursion and no stack, however deep the chain.
 */
final class GraphIndex {
    final Revision[] revisions;
    final Map<String, Integer> byId;
    final int[][] parents;
    final int[][] dependsOn;
    final int[][] children;
    final int[][] dependents;
    final Map<String, Integer> byLabel;
    final int[] heads;
    /** Revisions that nothing revises or depends on: Alembic's "real" heads, what {@code heads} upgrades to. */
    final int[] realHeads;
    final int[] bases;
    /** Filled on first use: most graphs never need them, and each costs a walk over the node's ancestors. */
    private final int[][] normalizedDown;
    /** All ids sorted, for prefix lookup by binary search. */
    final String[] sortedIds;

    GraphIndex(Revision[] revisions, int[][] parents, int[][] dependsOn, Map<String, Integer> byLabel) {
        int n = revisions.length;
        this.revisions = revisions;
        this.parents = parents;
        this.dependsOn = dependsOn;
        this.children = Topology.invert(parents);
        this.dependents = Topology.invert(dependsOn);
        this.byLabel = byLabel;
        this.byId = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            byId.put(revisions[i].id(), i);
        }
        this.heads = withoutEdges(children);
        this.bases = withoutEdges(parents);
        this.realHeads = withoutEdges(Topology.invert(unionAll(parents, dependsOn)));
        this.normalizedDown = new int[n][];
        this.sortedIds = byId.keySet().toArray(new String[0]);
        Arrays.sort(sortedIds);
    }

    int size() {
        return revisions.length;
    }

    /** The node of a full id, or -1. */
    int find(String id) {
        Integer i = id == null ? null : byId.get(id);
        return i == null ? -1 : i;
    }

    int require(String id) {
        int i = find(id);
        if (i < 0) {
            throw UnknownRevisionException.noSuch(id);
        }
        return i;
    }

    String id(int i) {
        return revisions[i].id();
    }

    /** The seeds and all their ancestors through parents and depends-on. */
    BitSet closeDown(BitSet seeds) {
        BitSet out = (BitSet) seeds.clone();
        for (int i = out.length() - 1; i >= 0; i = out.previousSetBit(i - 1)) {
            for (int p : parents[i]) {
                out.set(p);
            }
            for (int d : dependsOn[i]) {
                out.set(d);
            }
        }
        return out;
    }

    /** The seeds and all their descendants through parents and depends-on. */
    BitSet closeUp(BitSet seeds) {
        BitSet out = (BitSet) seeds.clone();
        for (int i = out.nextSetBit(0); i >= 0; i = out.nextSetBit(i + 1)) {
            for (int c : children[i]) {
                out.set(c);
            }
            for (int d : dependents[i]) {
                out.set(d);
            }
        }
        return out;
    }

    BitSet single(int i) {
        BitSet b = new BitSet(size());
        b.set(i);
        return b;
    }

    /**
     * Members of the set that no other member descends from through parents. The set need not be closed:
     * a member has a descendant in the set exactly when it has a child in the set's parent-only closure.
     */
    List<Integer> maximal(BitSet set) {
        BitSet closed = (BitSet) set.clone();
        for (int i = closed.length() - 1; i >= 0; i = closed.previousSetBit(i - 1)) {
            for (int p : parents[i]) {
                closed.set(p);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            boolean top = true;
            for (int c : children[i]) {
                if (closed.get(c)) {
                    top = false;
                    break;
                }
            }
            if (top) {
                out.add(i);
            }
        }
        return out;
    }

    List<String> ids(BitSet set) {
        List<String> out = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            out.add(id(i));
        }
        return out;
    }

    List<String> ids(int[] nodes) {
        List<String> out = new ArrayList<>(nodes.length);
        for (int i : nodes) {
            out.add(id(i));
        }
        return out;
    }

    List<String> ids(List<Integer> nodes) {
        return nodes.stream().map(this::id).toList();
    }

    /** An immutable view; the caller must not change {@code set} afterwards. */
    Set<String> idSet(BitSet set) {
        return new IdSet(this, set);
    }

    /** The nodes of the given ids, reusing the bits of an IdSet from this graph. */
    BitSet nodes(Collection<String> ids) {
        BitSet shared = IdSet.bitsOf(ids, this);
        if (shared != null) {
            return (BitSet) shared.clone();
        }
        BitSet out = new BitSet(size());
        for (String id : ids) {
            out.set(require(id));
        }
        return out;
    }

    /** Whether {@code ancestor} is {@code node} or reached from it through parents and depends-on. */
    boolean reaches(int node, int ancestor) {
        if (ancestor > node) {
            return false;
        }
        BitSet seen = single(node);
        // Nodes numbered below the ancestor cannot lead to it, so the sweep stops there.
        for (int i = node; i > ancestor; i = seen.previousSetBit(i - 1)) {
            for (int p : parents[i]) {
                seen.set(p);
            }
            for (int d : dependsOn[i]) {
                seen.set(d);
            }
        }
        return seen.get(ancestor);
    }

    /** The node and its ancestors through parents only. */
    BitSet ancestorsByParent(int node) {
        BitSet out = single(node);
        for (int i = node; i >= 0; i = out.previousSetBit(i - 1)) {
            for (int p : parents[i]) {
                out.set(p);
            }
        }
        return out;
    }

    /** The node and its descendants through parents only: depends-on does not put a revision on a branch. */
    BitSet descendantsByParent(int node) {
        BitSet out = single(node);
        for (int i = node; i >= 0; i = out.nextSetBit(i + 1)) {
            for (int c : children[i]) {
                out.set(c);
            }
        }
        return out;
    }

    /**
     * What the version table steps from: the parents, plus the dependencies that no ancestor (through parents)
     * already depends on. This is the set Alembic moves a version row along, so a dependency that an earlier
     * revision of the same line already brought in is not a second row.
     */
    int[] normalizedDown(int node) {
        int[] cached = normalizedDown[node];
        if (cached != null) {
            return cached;
        }
        int[] deps = dependsOn[node];
        int[] out;
        if (deps.length == 0) {
            out = parents[node];
        } else {
            BitSet implied = new BitSet(size());
            BitSet ancestors = ancestorsByParent(node);
            ancestors.clear(node);
            for (int a = ancestors.nextSetBit(0); a >= 0; a = ancestors.nextSetBit(a + 1)) {
                for (int d : dependsOn[a]) {
                    implied.set(d);
                }
            }
            out = Arrays.copyOf(parents[node], parents[node].length + deps.length);
            int count = parents[node].length;
            for (int d : deps) {
                if (!implied.get(d) && !contains(out, count, d)) {
                    out[count++] = d;
                }
            }
            out = Arrays.copyOf(out, count);
        }
        normalizedDown[node] = out;
        return out;
    }

    private static boolean contains(int[] array, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (array[k] == value) {
                return true;
            }
        }
        return false;
    }

    private static int[][] unionAll(int[][] a, int[][] b) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = Arrays.copyOf(a[i], a[i].length + b[i].length);
            System.arraycopy(b[i], 0, out[i], a[i].length, b[i].length);
        }
        return out;
    }

    private static int[] withoutEdges(int[][] edges) {
        int[] out = new int[edges.length];
        int count = 0;
        for (int i = 0; i < edges.length; i++) {
            if (edges[i].length == 0) {
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }
}
