package dev.retort.revision;

import java.util.BitSet;
import java.util.TreeSet;

/**
 * How one step moves the version rows, by Alembic's rules, so a table Retort writes reads the same to
 * Alembic and back. A row steps along what a revision stands on (its parents and the dependencies its line
 * did not already bring in): applying a revision replaces the rows it stands on, or adds a row when it stands
 * on none of them; unapplying one puts back what it stood on, except what another row already implies (so a
 * dependency of another head is not recorded twice), and deletes its row when nothing is left to put back.
 * The rows are therefore not always the minimal set: Alembic puts back every parent of an unapplied merge.
 */
final class VersionRows {
    private VersionRows() {
    }

    static TreeSet<Integer> after(GraphIndex g, TreeSet<Integer> rows, int node, Direction direction) {
        int[] down = g.normalizedDown(node);
        TreeSet<Integer> next = new TreeSet<>(rows);
        if (direction == Direction.UP) {
            int standingOn = 0;
            int row = -1;
            for (int d : down) {
                if (rows.contains(d)) {
                    standingOn++;
                    row = d;
                }
            }
            if (standingOn == 0) {
                next.add(node);
            } else if (standingOn > 1) {
                // A merge of rows: those the other rows do not imply go, and the merge takes their place.
                BitSet others = bits(g, rows);
                for (int d : down) {
                    others.clear(d);
                }
                BitSet gone = notImpliedBy(g, others, down);
                for (int d = gone.nextSetBit(0); d >= 0; d = gone.nextSetBit(d + 1)) {
                    next.remove(d);
                }
                next.add(node);
            } else {
                next.remove(down.length == 1 ? down[0] : row);
                next.add(node);
            }
            return next;
        }
        if (!rows.contains(node)) {
            // Only reachable from rows another tool wrote by hand; the revision was never a row, so none moves.
            return next;
        }
        next.remove(node);
        BitSet others = bits(g, rows);
        others.clear(node);
        BitSet back = notImpliedBy(g, others, down);
        for (int d = back.nextSetBit(0); d >= 0; d = back.nextSetBit(d + 1)) {
            next.add(d);
        }
        return next;
    }

    private static BitSet bits(GraphIndex g, TreeSet<Integer> rows) {
        BitSet out = new BitSet(g.size());
        rows.forEach(out::set);
        return out;
    }

    /** The members of {@code down} that none of {@code others} is or stands on. */
    private static BitSet notImpliedBy(GraphIndex g, BitSet others, int[] down) {
        BitSet implied = others.isEmpty() ? others : g.closeDown(others);
        BitSet out = new BitSet(g.size());
        for (int d : down) {
            if (!implied.get(d)) {
                out.set(d);
            }
        }
        return out;
    }
}
