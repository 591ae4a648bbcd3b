package dev.retort.revision;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a database has applied, as the graph sees it: the version rows and the applied set they imply.
 * Immutable; {@link #after(Step)} gives the state once a step has run, with the rows moved the way Alembic
 * moves them ({@link VersionRows}), so the runtime knows which version rows to write after each revision.
 */
public final class AppliedState {
    private final GraphIndex g;
    private final BitSet applied;
    private final TreeSet<Integer> heads;

    /** @param rows the version rows as the database holds them, kept as they are (as Alembic keeps them) */
    AppliedState(GraphIndex g, List<Integer> rows) {
        this(g, closure(g, rows), new TreeSet<>(rows));
    }

    private static BitSet closure(GraphIndex g, List<Integer> rows) {
        BitSet seeds = new BitSet(g.size());
        rows.forEach(seeds::set);
        return g.closeDown(seeds);
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
     * The state after one step. Applying a revision replaces what it stands on among the rows; unapplying
     * one brings back what it stood on, unless another row implies it.
     *
     * @throws IllegalStateException if the step cannot run from this state (a plan from the same graph never does that)
     */
    public AppliedState after(Step step) {
        int node = g.require(step.id());
        BitSet nextApplied = (BitSet) applied.clone();
        if (step.direction() == Direction.UP) {
            check(!applied.get(node), "cannot apply " + step.id() + ": it is already applied");
            for (int p : g.parents[node]) {
                check(applied.get(p), "cannot apply " + step.id() + ": its parent " + g.id(p) + " is not applied");
            }
            for (int d : g.dependsOn[node]) {
                check(applied.get(d), "cannot apply " + step.id() + ": it depends on " + g.id(d) + ", which is not applied");
            }
            nextApplied.set(node);
        } else {
            check(applied.get(node), "cannot unapply " + step.id() + ": it is not applied");
            for (int c : g.children[node]) {
                check(!applied.get(c), "cannot unapply " + step.id() + ": its child " + g.id(c) + " is applied");
            }
            for (int d : g.dependents[node]) {
                check(!applied.get(d), "cannot unapply " + step.id() + ": " + g.id(d) + " depends on it and is applied");
            }
            nextApplied.clear(node);
        }
        return new AppliedState(g, nextApplied, VersionRows.after(g, heads, node, step.direction()));
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
