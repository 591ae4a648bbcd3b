package dev.retort.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What an upgrade target asks for, as Alembic reads it: the revisions to reach (everything below them comes
 * along). A relative {@code +N} is N steps up the graph from where the database is, not N revisions: a step
 * onto a merge brings the merge's other parents too, and a step onto a revision brings what it depends on.
 */
final class UpgradeTarget {
    private final GraphIndex g;
    private final Resolver resolver;

    UpgradeTarget(GraphIndex g, Resolver resolver) {
        this.g = g;
        this.resolver = resolver;
    }

    /** The revisions to reach; empty for base, or a head of an empty graph. */
    BitSet goal(List<Integer> rows, BitSet applied, String spec) {
        Target t = resolver.parse(spec);
        String shown = spec.trim();
        BitSet goal = new BitSet(g.size());
        if (t instanceof Target.Base) {
            return goal;
        }
        if (t instanceof Target.Heads h) {
            // Alembic's heads are the "real" ones, which nothing revises or depends on; reaching them reaches all.
            List<Integer> heads = h.branch() == null ? Resolver.ints(g.realHeads) : resolver.branchHeads(h.branch(), shown);
            heads.forEach(goal::set);
            return goal;
        }
        if (t instanceof Target.Head && g.size() == 0) {
            return goal;
        }
        int node;
        if (t instanceof Target.Relative rel) {
            node = fromState(rows, applied, rel, shown);
        } else if (t instanceof Target.FromRevision fr) {
            node = resolver.walkFrom(fr, shown);
        } else {
            node = resolver.single(t, shown);
        }
        if (node != Resolver.BASE) {
            goal.set(node);
        }
        return goal;
    }

    /**
     * {@code +N} and {@code LABEL@+N}: N steps up from the database's one head (on the branch: from its
     * head on that branch, or from where the branch leaves what is applied, or from base).
     */
    private int fromState(List<Integer> rows, BitSet applied, Target.Relative rel, String shown) {
        if (rel.steps() < 0) {
            throw new InvalidTargetException("'" + shown + "' goes down; use `retort downgrade " + shown + "`");
        }
        if (rel.steps() == 0) {
            throw new InvalidTargetException("'" + shown + "' moves nowhere; give +1 or more");
        }
        Integer branch = rel.branch() == null ? null : resolver.branchNode(rel.branch(), shown);
        List<Integer> starts = new ArrayList<>(rows);
        if (branch != null) {
            BitSet on = resolver.lineage(branch);
            starts = rows.stream().filter(on::get).toList();
            if (starts.isEmpty()) {
                starts = tips(applied, on);
            }
        }
        if (starts.isEmpty()) {
            starts = List.of(Resolver.BASE);
        }
        if (starts.size() > 1) {
            throw MultipleHeadsException.forRelativeUpFrom(shown, g.ids(starts));
        }
        int start = starts.get(0);
        int[] reached;
        try {
            reached = resolver.walkAsFarAs(start, rel.steps(), branch, shown);
        } catch (AmbiguousRevisionException e) {
            if (branch != null) {
                throw e;
            }
            throw MultipleHeadsException.forRelativeUp(shown, g.ids(headsAbove(e.candidates())));
        }
        if (reached[1] < rel.steps()) {
            int left = reached[1];
            int at = reached[0];
            boolean atHead = at != Resolver.BASE && g.children[at].length == 0;
            throw new RelativeTargetOutOfRangeException("cannot upgrade " + shown + ": only " + left
                    + (left == 1 ? " revision is" : " revisions are") + " left to apply"
                    + (atHead ? " up to head " + g.id(at) : ""));
        }
        return reached[0];
    }

    /** The applied revisions on the branch that no other of them builds on: where the branch stands now. */
    private List<Integer> tips(BitSet applied, BitSet on) {
        BitSet active = (BitSet) applied.clone();
        active.and(on);
        BitSet below = new BitSet(g.size());
        for (int i = active.nextSetBit(0); i >= 0; i = active.nextSetBit(i + 1)) {
            for (int d : g.normalizedDown(i)) {
                below.set(d);
            }
        }
        active.andNot(below);
        List<Integer> out = new ArrayList<>();
        active.stream().forEach(out::add);
        return out;
    }

    private List<Integer> headsAbove(List<String> children) {
        BitSet above = new BitSet(g.size());
        for (String child : children) {
            above.or(g.descendantsByParent(g.require(child)));
        }
        return g.maximal(above);
    }
}
