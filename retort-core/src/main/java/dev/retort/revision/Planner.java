package dev.retort.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Upgrade and downgrade plans and history ranges. Sets are BitSets over the topological numbering, so a
 * plan is one closure sweep plus one ordered scan: linear in the graph, whatever its shape.
 */
final class Planner {
    private final GraphIndex g;
    private final Resolver resolver;

    Planner(GraphIndex g, Resolver resolver) {
        this.g = g;
        this.resolver = resolver;
    }

    /** The version rows and all their ancestors. */
    BitSet applied(Collection<String> versionRows) {
        Objects.requireNonNull(versionRows, "versionRows");
        BitSet rows = new BitSet(g.size());
        for (String row : versionRows) {
            int i = g.find(Objects.requireNonNull(row, "versionRows must not contain null"));
            if (i < 0) {
                throw UnknownRevisionException.inVersionTable(row);
            }
            rows.set(i);
        }
        return g.closeDown(rows);
    }

    Plan upgrade(Collection<String> versionRows, String spec) {
        BitSet applied = applied(versionRows);
        Target t = resolver.parse(spec);
        String shown = spec.trim();
        BitSet goal;
        if (t instanceof Target.Base) {
            return new Plan(List.of());
        } else if (t instanceof Target.Heads || (t instanceof Target.Head && g.size() == 0)) {
            goal = new BitSet(g.size());
            for (int h : g.heads) {
                goal.set(h);
            }
        } else if (t instanceof Target.Relative rel) {
            return upgradeRelative(applied, rel, shown);
        } else {
            goal = g.single(resolver.single(t, spec));
        }
        BitSet pending = g.closeDown(goal);
        pending.andNot(applied);
        return steps(pending, Direction.UP, Integer.MAX_VALUE);
    }

    private Plan upgradeRelative(BitSet applied, Target.Relative rel, String shown) {
        if (rel.steps() < 0) {
            throw new InvalidTargetException("'" + shown + "' goes down; use `retort downgrade " + shown + "`");
        }
        int head;
        if (rel.branch() != null) {
            head = resolver.branchHead(rel.branch(), shown);
        } else if (g.heads.length > 1) {
            throw MultipleHeadsException.forRelativeUp(shown, g.ids(g.heads));
        } else if (g.heads.length == 0) {
            head = -1;
        } else {
            head = g.heads[0];
        }
        BitSet pending = head < 0 ? new BitSet() : g.closeDown(g.single(head));
        pending.andNot(applied);
        int left = pending.cardinality();
        if (left < rel.steps()) {
            throw new RelativeTargetOutOfRangeException("cannot upgrade " + shown + ": only " + left
                    + (left == 1 ? " revision is" : " revisions are") + " left to apply"
                    + (head < 0 ? "" : " up to head " + g.id(head)));
        }
        return steps(pending, Direction.UP, rel.steps());
    }

    Plan downgrade(Collection<String> versionRows, String spec) {
        BitSet applied = applied(versionRows);
        List<Integer> heads = g.maximal(applied);
        Target t = resolver.parse(spec);
        String shown = spec.trim();
        if (t instanceof Target.Base) {
            return steps(applied, Direction.DOWN, Integer.MAX_VALUE);
        }
        if (t instanceof Target.Heads) {
            throw new InvalidTargetException("'heads' is not a downgrade target; give a revision, base or -N");
        }
        if (t instanceof Target.Relative rel) {
            return downgradeRelative(applied, heads, rel, shown);
        }
        int target = resolver.single(t, spec);
        if (!applied.get(target)) {
            throw new NotAppliedException(shown, g.id(target), g.ids(heads));
        }
        BitSet remove = g.closeUp(g.single(target));
        remove.and(applied);
        remove.clear(target);
        return steps(remove, Direction.DOWN, Integer.MAX_VALUE);
    }

    private Plan downgradeRelative(BitSet applied, List<Integer> heads, Target.Relative rel, String shown) {
        if (rel.steps() > 0) {
            throw new InvalidTargetException("'" + shown + "' goes up; use `retort upgrade " + shown + "`");
        }
        int wanted = -rel.steps();
        BitSet candidates;
        String where;
        if (rel.branch() == null) {
            if (heads.size() > 1) {
                throw MultipleHeadsException.forRelativeDown(shown, g.ids(heads));
            }
            candidates = applied;
            where = "";
        } else {
            int base = resolver.named(rel.branch());
            BitSet branch = resolver.descendantsByParent(base);
            List<Integer> mine = heads.stream().filter(branch::get).toList();
            if (mine.isEmpty()) {
                throw new NotAppliedException(shown, g.id(base), g.ids(heads));
            }
            if (mine.size() > 1) {
                throw MultipleHeadsException.onBranch(shown, rel.branch(), g.ids(mine));
            }
            // Only what no other applied head stands on may go: the other branches stay applied.
            BitSet others = new BitSet(g.size());
            heads.stream().filter(h -> !h.equals(mine.get(0))).forEach(others::set);
            candidates = g.closeDown(g.single(mine.get(0)));
            candidates.andNot(g.closeDown(others));
            where = " on " + rel.branch() + "'s branch";
        }
        int have = candidates.cardinality();
        if (have < wanted) {
            throw new RelativeTargetOutOfRangeException("cannot downgrade " + shown + ": only " + have
                    + (have == 1 ? " revision is" : " revisions are") + " applied" + where);
        }
        return steps(candidates, Direction.DOWN, wanted);
    }

    /**
     * Descendants of {@code from} and ancestors of {@code to}, both inclusive, newest first. An end that is
     * null is open; "base" opens the start; "head" and "heads" open the end (history shows every branch).
     */
    List<Revision> range(String from, String to) {
        boolean fromOpen = from == null || from.isBlank() || from.trim().equals("base");
        boolean toOpen = to == null || to.isBlank() || to.trim().equals("head") || to.trim().equals("heads");
        BitSet result = new BitSet(g.size());
        result.set(0, g.size());
        int fromNode = -1;
        int toNode = -1;
        if (!fromOpen) {
            BitSet seeds = new BitSet(g.size());
            String f = from.trim();
            if (f.equals("head") || f.equals("heads")) {
                for (int h : g.heads) {
                    seeds.set(h);
                }
            } else {
                fromNode = resolver.resolve(f);
                seeds.set(fromNode);
            }
            result.and(g.closeUp(seeds));
        }
        if (!toOpen) {
            String t = to.trim();
            if (t.equals("base")) {
                result.clear();
            } else {
                toNode = resolver.resolve(t);
                result.and(g.closeDown(g.single(toNode)));
            }
        }
        if (result.isEmpty() && fromNode >= 0 && toNode >= 0) {
            boolean reversed = g.closeDown(g.single(fromNode)).get(toNode);
            throw new NotAnAncestorException(g.id(fromNode), g.id(toNode), reversed);
        }
        List<Revision> out = new ArrayList<>(result.cardinality());
        for (int i = result.length() - 1; i >= 0; i = result.previousSetBit(i - 1)) {
            out.add(g.revisions[i]);
        }
        return out;
    }

    /**
     * Up: the first {@code limit} members in topological order. Down: the last {@code limit}, newest first,
     * so a revision always goes before the revisions it builds on.
     */
    private Plan steps(BitSet members, Direction direction, int limit) {
        List<Step> steps = new ArrayList<>(Math.min(limit, members.cardinality()));
        if (direction == Direction.UP) {
            for (int i = members.nextSetBit(0); i >= 0 && steps.size() < limit; i = members.nextSetBit(i + 1)) {
                steps.add(new Step(g.revisions[i], direction));
            }
        } else {
            for (int i = members.length() - 1; i >= 0 && steps.size() < limit; i = members.previousSetBit(i - 1)) {
                steps.add(new Step(g.revisions[i], direction));
            }
        }
        return new Plan(steps);
    }
}
