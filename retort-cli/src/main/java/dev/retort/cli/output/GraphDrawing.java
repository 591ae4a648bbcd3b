package dev.retort.cli.output;

import dev.retort.revision.Revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Draws the revision graph newest first, one lane per line of development, the way {@code git log
 * --graph} does: {@code *} is a revision, {@code |} a lane passing by, {@code /} lanes joining at a
 * branch point, {@code \} a merge opening a lane for its other parent. A Depends-On link is a lane of its
 * own, dotted so it is not read as Revises: {@code :} passing by, {@code .} where it opens or joins.
 */
public final class GraphDrawing {
    /** A lane waits for the revision it leads down to; a dependency lane is a Depends-On link, not a parent. */
    private record Lane(String waitingFor, boolean dependency) {
        char vertical() {
            return dependency ? ':' : '|';
        }

        char opening() {
            return dependency ? '.' : '\\';
        }

        char joining() {
            return dependency ? '.' : '/';
        }
    }

    private GraphDrawing() {
    }

    /** @param newestFirst revisions in reverse topological order; {@code label} gives each one's text */
    public static List<String> draw(List<Revision> newestFirst, Function<Revision, String> label) {
        Set<String> drawn = new HashSet<>();
        newestFirst.forEach(r -> drawn.add(r.id()));
        List<String> lines = new ArrayList<>();
        List<Lane> lanes = new ArrayList<>();
        for (Revision revision : newestFirst) {
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < lanes.size(); i++) {
                if (lanes.get(i).waitingFor().equals(revision.id())) {
                    mine.add(i);
                }
            }
            if (mine.isEmpty()) {
                lanes.add(new Lane(revision.id(), false));
                mine.add(lanes.size() - 1);
            }
            // Lanes that wait for the same revision (a branch point, or a revision others depend on) join before it is drawn.
            for (int k = mine.size() - 1; k >= 1; k--) {
                int joining = mine.get(k);
                lines.add(joinRow(lanes, joining));
                lanes.remove(joining);
            }
            int column = mine.get(0);
            lines.add(row(lanes, column) + "  " + label.apply(revision));
            List<Lane> below = below(revision, drawn);
            if (below.isEmpty()) {
                lanes.remove(column);
                if (column < lanes.size()) {
                    lines.add(shiftRow(lanes, column));
                }
                continue;
            }
            lanes.set(column, below.get(0));
            for (int p = 1; p < below.size(); p++) {
                lines.add(openRow(lanes, column + p - 1, below.get(p)));
                lanes.add(column + p, below.get(p));
            }
        }
        return lines;
    }

    /**
     * The lanes a revision leads down to: its parents, then what it depends on. A dependency that is also a
     * parent, or that is not drawn (outside a -r range), gets no lane: it would never close.
     */
    private static List<Lane> below(Revision revision, Set<String> drawn) {
        List<Lane> out = new ArrayList<>();
        revision.parents().forEach(p -> out.add(new Lane(p, false)));
        for (String d : revision.dependsOn()) {
            if (drawn.contains(d) && !revision.parents().contains(d)) {
                out.add(new Lane(d, true));
            }
        }
        return out;
    }

    private static String row(List<Lane> lanes, int star) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < lanes.size(); i++) {
            line.append(i == 0 ? "" : " ").append(i == star ? '*' : lanes.get(i).vertical());
        }
        return line.toString();
    }

    /** Lane {@code joining} bends left into the lane before it; lanes after it shift left. */
    private static String joinRow(List<Lane> lanes, int joining) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < joining; i++) {
            line.append(i == 0 ? "" : " ").append(lanes.get(i).vertical());
        }
        line.append(lanes.get(joining).joining());
        for (int i = joining + 1; i < lanes.size(); i++) {
            line.append(' ').append(lanes.get(i).joining());
        }
        return line.toString();
    }

    /** A merge (or a dependency) at {@code column} opens a lane to its right; lanes after it shift right. */
    private static String openRow(List<Lane> lanes, int column, Lane opened) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i <= column; i++) {
            line.append(i == 0 ? "" : " ").append(lanes.get(i).vertical());
        }
        line.append(opened.opening());
        for (int i = column + 1; i < lanes.size(); i++) {
            line.append(' ').append(lanes.get(i).opening());
        }
        return line.toString();
    }

    /** A root ended lane {@code gone}; the lanes right of it (now from {@code gone} on) move left. */
    private static String shiftRow(List<Lane> lanes, int gone) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < lanes.size(); i++) {
            line.append(i == 0 ? "" : " ").append(i < gone ? lanes.get(i).vertical() : lanes.get(i).joining());
        }
        return line.toString().isEmpty() ? "" : " " + line;
    }
}
