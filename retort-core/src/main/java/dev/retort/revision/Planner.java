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
    private final UpgradeTarget upgrades;
    private final DowngradeTarget downgrades;

    Planner(GraphIndex g, Resolver resolver) {
        this.g = g;
        this.resolver = resolver;
        this.upgrades = new UpgradeTarget(g, resolver);
        this.downgrades = new DowngradeTarget(g, resolver);
    }

    /** The version rows and all their ancestors. */
    BitSet applied(Collection<String> versionRows) {
        BitSet rows = new BitSet(g.size());
        rows(versionRows).forEach(rows::set);
        return g.closeDown(rows);
    }

    /** The nodes of the version rows, in topological order, each once. */
    List<Integer> rows(Collection<String> versionRows) {
        Objects.requireNonNull(versionRows, "versionRows");
        BitSet rows = new BitSet(g.size());
        for (String row : versionRows) {
            int i = g.find(Objects.requireNonNull(row, "versionRows must not contain null"));
            if (i < 0) {
                throw UnknownRevisionException.inVersionTable(row);
            }
            rows.set(i);
        }
        List<Integer> out = new ArrayList<>(rows.cardinality());
        rows.stream().forEach(out::add);
        return out;
    }

    /** Every revision the target needs that is not applied yet, in topological order. */
    Plan upgrade(Collection<String> versionRows, String spec) {
        List<Integer> rows = rows(versionRows);
        BitSet applied = applied(versionRows);
        BitSet pending = g.closeDown(upgrades.goal(rows, applied, spec));
        pending.andNot(applied);
        return steps(pending, Direction.UP, Integer.MAX_VALUE);
    }

    /** The applied revisions the target removes, newest first. */
    Plan downgrade(Collection<String> versionRows, String spec) {
        List<Integer> rows = rows(versionRows);
        BitSet applied = applied(versionRows);
        return steps(downgrades.remove(rows, applied, spec), Direction.DOWN, Integer.MAX_VALUE);
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
