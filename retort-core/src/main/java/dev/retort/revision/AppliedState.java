package dev.retort.revision;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a database has applied, as the graph sees it: the applied set and the version rows (its heads under
 * the parent relation). Immutable; {@link #after(Step)} gives the state once a step has run, so the runtime
 * knows which version rows to write after each revision without recomputing heads from scratch.
 */
public final class AppliedState {
    private final GraphIndex g;
    private final BitSet applied;
    private final TreeSet<Integer> heads;

    AppliedState(GraphIndex g, BitSet applied) {
        this(g, applied, new TreeSet<>(g.maximal(applied)));
    }

    private AppliedState(GraphIndex g, BitSet applied, TreeSet<Integer> heads) {
        this.g = g;
        this.applied = applied;
        this.heads = heads;
    }

    /** Every applied revision, in topological order. */
    public Set<String> applied() {
        return g.idSet(applied);
    }

    /** Whether {@code id} is applied: a version row, or an ancestor of one. */
    public boolean isApplied(String id) {
        return applied.get(g.require(id));
    }

    /** Whether nothing is applied (the database is at base). */
    public boolean isEmpty() {
        return applied.isEmpty();
    }

    /** The rows the version table should hold: the applied heads, in topological order. */
    public List<String> heads() {
        return heads.stream().map(g::id).toList();
    }

    /**
     * The state after one step. Applying a revision replaces its parents among the rows; unapplying one
     * brings back each parent that no other applied revision revises.
     *
     * @throws IllegalStateException if the step cannot run from this state (a plan from the same graph never does that)
     */
    public AppliedState after(Step step) {
        int node = g.require(step.id());
        BitSet nextApplied = (BitSet) applied.clone();
        TreeSet<Integer> nextHeads = new TreeSet<>(heads);
        if (step.direction() == Direction.UP) {
            check(!applied.get(node), "cannot apply " + step.id() + ": it is already applied");
            for (int p : g.parents[node]) {
                check(applied.get(p), "cannot apply " + step.id() + ": its parent " + g.id(p) + " is not applied");
                nextHeads.remove(p);
            }
            for (int d : g.dependsOn[node]) {
                check(applied.get(d), "cannot apply " + step.id() + ": it depends on " + g.id(d) + ", which is not applied");
            }
            nextApplied.set(node);
            nextHeads.add(node);
        } else {
            check(applied.get(node), "cannot unapply " + step.id() + ": it is not applied");
            for (int c : g.children[node]) {
                check(!applied.get(c), "cannot unapply " + step.id() + ": its child " + g.id(c) + " is applied");
            }
            for (int d : g.dependents[node]) {
                check(!applied.get(d), "cannot unapply " + step.id() + ": " + g.id(d) + " depends on it and is applied");
            }
            nextApplied.clear(node);
            nextHeads.remove(node);
            for (int p : g.parents[node]) {
                boolean revisedByOther = false;
                for (int c : g.children[p]) {
                    revisedByOther |= nextApplied.get(c);
                }
                if (!revisedByOther) {
                    nextHeads.add(p);
                }
            }
        }
        return new AppliedState(g, nextApplied, nextHeads);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
