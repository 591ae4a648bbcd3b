package dev.retort.cli.output;

import dev.retort.revision.Revision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Draws the revision graph newest first, one lane per line of development, the way {@code git log
 * --graph} does: {@code *} is a revision, {@code |} a lane passing by, {@code /} lanes joining at a
 * branch point, {@code \} a merge opening a lane for its other parent.
 */
public final class GraphDrawing {
    private GraphDrawing() {
    }

    /** @param newestFirst revisions in reverse topological order; {@code label} gives each one's text */
    public static List<String> draw(List<Revision> newestFirst, Function<Revision, String> label) {
        List<String> lines = new ArrayList<>();
        List<String> lanes = new ArrayList<>();
        for (Revision revision : newestFirst) {
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < lanes.size(); i++) {
                if (lanes.get(i).equals(revision.id())) {
                    mine.add(i);
                }
            }
            if (mine.isEmpty()) {
                lanes.add(revision.id());
                mine.add(lanes.size() - 1);
            }
            // Lanes that wait for the same revision (a branch point) join before it is drawn.
            for (int k = mine.size() - 1; k >= 1; k--) {
                int joining = mine.get(k);
                lines.add(joinRow(lanes.size(), joining));
                lanes.remove(joining);
            }
            int column = mine.get(0);
            lines.add(row(lanes.size(), column) + "  " + label.apply(revision));
            List<String> parents = revision.parents();
            if (parents.isEmpty()) {
                lanes.remove(column);
                if (column < lanes.size()) {
                    lines.add(shiftRow(lanes.size() + 1, column));
                }
                continue;
            }
            lanes.set(column, parents.get(0));
            for (int p = 1; p < parents.size(); p++) {
                lines.add(openRow(lanes.size(), column + p - 1));
                lanes.add(column + p, parents.get(p));
            }
        }
        return lines;
    }

    private static String row(int count, int star) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < count; i++) {
            line.append(i == 0 ? "" : " ").append(i == star ? '*' : '|');
        }
        return line.toString();
    }

    /** Lane {@code joining} bends left into the lane before it; lanes after it shift left. */
    private static String joinRow(int count, int joining) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < joining; i++) {
            line.append(i == 0 ? "" : " ").append('|');
        }
        line.append('/');
        for (int i = joining + 1; i < count; i++) {
            line.append(" /");
        }
        return line.toString();
    }

    /** A merge at {@code column} opens a lane to its right; lanes after it shift right. */
    private static String openRow(int count, int column) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i <= column; i++) {
            line.append(i == 0 ? "" : " ").append('|');
        }
        line.append('\\');
        for (int i = column + 1; i < count; i++) {
            line.append(" \\");
        }
        return line.toString();
    }

    /** A root ended lane {@code gone}; the lanes right of it move left. */
    private static String shiftRow(int count, int gone) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < count - 1; i++) {
            line.append(i == 0 ? "" : " ").append(i < gone ? "|" : "/");
        }
        return line.toString().isEmpty() ? "" : " " + line;
    }
}
