package dev.retort.revision;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** Turns a spec into one revision: ids, prefixes, labels, head, LABEL@head, REV+N and REV-N. */
final class Resolver {
    private final GraphIndex g;

    Resolver(GraphIndex g) {
        this.g = g;
    }

    boolean isName(String spec) {
        return g.byId.containsKey(spec) || g.byLabel.containsKey(spec);
    }

    Target parse(String spec) {
        return Target.parse(spec, this::isName);
    }

    int resolve(String spec) {
        Target t = parse(spec);
        if (t instanceof Target.Base) {
            throw new InvalidTargetException("'base' is the state before the first revision, not a revision");
        }
        if (t instanceof Target.Heads) {
            return singleHead(spec);
        }
        if (t instanceof Target.Relative) {
            throw new InvalidTargetException("'" + spec.trim() + "' is relative to the database's state;"
                    + " use it with upgrade or downgrade, or write REV" + (((Target.Relative) t).steps() < 0 ? "-N" : "+N"));
        }
        return single(t, spec);
    }

    /** One revision from a target that names one: Head, BranchHead, FromRevision or Named. */
    int single(Target t, String spec) {
        if (t instanceof Target.Head) {
            return singleHead(spec);
        }
        if (t instanceof Target.BranchHead bh) {
            return branchHead(bh.branch(), spec);
        }
        if (t instanceof Target.FromRevision fr) {
            return walk(named(fr.revision()), fr.steps(), spec.trim());
        }
        if (t instanceof Target.Named n) {
            return named(n.spec());
        }
        throw new IllegalArgumentException("not a single-revision target: " + t);
    }

    int singleHead(String spec) {
        if (g.heads.length == 0) {
            throw UnknownRevisionException.noRevisions(spec.trim());
        }
        if (g.heads.length > 1) {
            throw MultipleHeadsException.forHead(spec.trim(), g.ids(g.heads));
        }
        return g.heads[0];
    }

    /** The single head that descends, through parents, from the named revision (or is it). */
    int branchHead(String branch, String spec) {
        List<Integer> heads = g.maximal(descendantsByParent(named(branch)));
        if (heads.size() > 1) {
            throw MultipleHeadsException.onBranch(spec.trim(), branch, g.ids(heads));
        }
        return heads.get(0);
    }

    /** The node and its descendants through parents only: depends-on does not put a revision on a branch. */
    BitSet descendantsByParent(int node) {
        BitSet out = g.single(node);
        for (int i = node; i >= 0; i = out.nextSetBit(i + 1)) {
            for (int c : g.children[i]) {
                out.set(c);
            }
        }
        return out;
    }

    /** Exact id, then branch label, then unique id prefix. */
    int named(String spec) {
        Integer exact = g.byId.get(spec);
        if (exact != null) {
            return exact;
        }
        Integer labelled = g.byLabel.get(spec);
        if (labelled != null) {
            return labelled;
        }
        String[] ids = g.sortedIds;
        int from = Arrays.binarySearch(ids, spec);
        from = from >= 0 ? from : -from - 1;
        int to = from;
        while (to < ids.length && ids[to].startsWith(spec)) {
            to++;
        }
        if (to == from) {
            throw g.size() == 0 ? UnknownRevisionException.noRevisions(spec) : UnknownRevisionException.noSuch(spec);
        }
        if (to - from > 1) {
            throw AmbiguousRevisionException.prefix(spec, Arrays.asList(ids).subList(from, to));
        }
        return g.byId.get(ids[from]);
    }

    /** Follows the only child (steps > 0) or the only parent (steps < 0) |steps| times. */
    int walk(int from, int steps, String spec) {
        int node = from;
        for (int done = 0; done < Math.abs(steps); done++) {
            int[] next = steps > 0 ? g.children[node] : g.parents[node];
            if (next.length == 0) {
                throw new RelativeTargetOutOfRangeException("'" + spec + "' goes past the "
                        + (steps > 0 ? "last" : "first") + " revision: " + g.id(from) + " has only " + done
                        + (done == 1 ? " revision " : " revisions ") + (steps > 0 ? "after" : "before") + " it");
            }
            if (next.length > 1) {
                throw steps > 0 ? AmbiguousRevisionException.branchPoint(spec, g.id(node), g.ids(next))
                        : AmbiguousRevisionException.mergePoint(spec, g.id(node), g.ids(next));
            }
            node = next[0];
        }
        return node;
    }
}
