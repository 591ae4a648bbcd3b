package dev.retort.revision;

import java.util.BitSet;
import java.util.List;

/**
 * What a downgrade removes, as Alembic decides it. Downgrading to X removes the applied revisions that
 * descend from X's children through Revises, with whatever depends on those; a revision that only depends on
 * X stays, unless what it depends on is itself removed. A relative {@code -N} walks N steps down Revises from
 * the database's head (on a branch: from its head on that branch), counting the branch's own revisions even
 * when another branch depends on them.
 */
final class DowngradeTarget {
    private final GraphIndex g;
    private final Resolver resolver;

    DowngradeTarget(GraphIndex g, Resolver resolver) {
        this.g = g;
        this.resolver = resolver;
    }

    /** Where a downgrade goes: a revision or {@link Resolver#BASE}, and the branch that narrows its roots. */
    private record Goal(int target, String branch) {}

    /** The applied revisions to remove. */
    BitSet remove(List<Integer> rows, BitSet applied, String spec) {
        String shown = spec.trim();
        Goal goal = goal(rows, applied, resolver.parse(spec), shown);
        int[] roots = goal.target() == Resolver.BASE ? g.bases : g.children[goal.target()];
        if (goal.branch() != null && roots.length > 1) {
            // Of several lines going up from the target, only the one the branch is on goes.
            BitSet branchLine = g.ancestorsByParent(resolver.branchNode(goal.branch(), shown));
            roots = Resolver.ints(Resolver.ints(roots).stream().filter(branchLine::get).toList());
            if (roots.length == 0) {
                throw new NotADowngradeTargetException("cannot downgrade to '" + shown + "': no line from "
                        + resolver.name(goal.target()) + " leads to " + goal.branch() + "; the database is at "
                        + heads(rows));
            }
        }
        BitSet seeds = new BitSet(g.size());
        for (int r : roots) {
            seeds.set(r);
        }
        BitSet remove = g.closeUp(seeds);
        remove.and(applied);
        if (goal.target() != Resolver.BASE && remove.isEmpty() && !rows.contains(goal.target())) {
            String id = g.id(goal.target());
            if (!applied.get(goal.target())) {
                throw new NotAppliedException(shown, id, g.ids(rows));
            }
            throw new NotADowngradeTargetException("cannot downgrade to " + (shown.equals(id) ? id : "'" + shown + "'")
                    + ": revision " + id + " is applied only because " + heads(rows) + " depends on it, and nothing"
                    + " applied revises it; downgrade to a revision that " + heads(rows) + " builds on");
        }
        return remove;
    }

    private Goal goal(List<Integer> rows, BitSet applied, Target t, String shown) {
        if (t instanceof Target.Base b) {
            return new Goal(Resolver.BASE, b.branch());
        }
        if (t instanceof Target.Heads) {
            throw new InvalidTargetException("'heads' is not a downgrade target; give a revision, base or -N");
        }
        if (t instanceof Target.Relative rel) {
            return fromState(rows, applied, rel, shown);
        }
        if (t instanceof Target.FromRevision fr) {
            return new Goal(resolver.walkFrom(fr, shown), fr.branch());
        }
        if (t instanceof Target.BranchHead bh) {
            // As in Alembic, an absolute LABEL@X names X itself; the label only narrows which line goes.
            return new Goal(resolver.singleHead(shown), bh.branch());
        }
        if (t instanceof Target.Named n) {
            return new Goal(resolver.named(null, n.spec()), n.branch());
        }
        return new Goal(resolver.single(t, shown), null);
    }

    /** {@code -N} and {@code LABEL@-N}: N steps down Revises from the database's head (on that branch). */
    private Goal fromState(List<Integer> rows, BitSet applied, Target.Relative rel, String shown) {
        if (rel.steps() > 0) {
            throw new InvalidTargetException("'" + shown + "' goes up; use `retort upgrade " + shown + "`");
        }
        if (rel.steps() == 0) {
            throw new InvalidTargetException("'" + shown + "' moves nowhere; give -1 or more");
        }
        int start;
        String branch;
        String where = "";
        if (rel.branch() == null) {
            if (rows.size() > 1) {
                // Alembic only warns here and walks from whichever row comes first; a row order is no basis for a downgrade.
                throw MultipleHeadsException.forRelativeDown(shown, g.ids(rows));
            }
            if (rows.isEmpty()) {
                throw new RelativeTargetOutOfRangeException("cannot downgrade " + shown + ": only 0 revisions are applied");
            }
            start = rows.get(0);
            branch = g.id(start);
        } else {
            int branchNode = resolver.branchNode(rel.branch(), shown);
            BitSet on = resolver.lineage(branchNode);
            List<Integer> mine = rows.stream().filter(on::get).toList();
            if (mine.isEmpty()) {
                // The branch's head may be applied without a row of its own, when another head depends on it.
                mine = g.maximal(applied).stream().filter(on::get).toList();
            }
            if (mine.isEmpty()) {
                throw new NotAppliedException(shown, g.id(branchNode), g.ids(rows));
            }
            if (mine.size() > 1) {
                throw MultipleHeadsException.onBranch(shown, rel.branch(), g.ids(mine));
            }
            start = mine.get(0);
            branch = rel.branch();
            where = " on " + rel.branch() + "'s branch";
        }
        int[] reached = resolver.walkAsFarAs(start, rel.steps(), null, shown);
        if (reached[1] < -rel.steps()) {
            int have = reached[1];
            throw new RelativeTargetOutOfRangeException("cannot downgrade " + shown + ": only " + have
                    + (have == 1 ? " revision is" : " revisions are") + " applied" + where);
        }
        return new Goal(reached[0], branch);
    }

    private String heads(List<Integer> rows) {
        return rows.isEmpty() ? "base" : AmbiguousRevisionException.list(g.ids(rows));
    }
}
