package dev.retort.runtime;

import dev.retort.revision.RevisionGraph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The version rows a {@code stamp} leaves: the targets, plus the rows of unrelated branches unless the stamp
 * purges, as Alembic keeps them. Pure graph arithmetic, apart from the database the stamp writes to.
 */
final class StampRows {
    private StampRows() {
    }

    /** The revisions {@code target} names: none for {@code base} and {@code LABEL@base}, every head for {@code heads}. */
    static List<String> targets(RevisionGraph graph, String target) {
        String t = target.trim();
        if (t.equals("base") || branchBase(graph, t) != null) {
            return List.of();
        }
        return t.equals("heads") ? graph.heads() : List.of(graph.resolve(t));
    }

    /** The rows after stamping {@code targets} over {@code before}. */
    static List<String> after(RevisionGraph graph, List<String> before, String target, List<String> targets,
                              boolean purge) {
        Set<String> after = new LinkedHashSet<>();
        String clearedBranch = branchBase(graph, target);
        if (!purge && (!targets.isEmpty() || clearedBranch != null)) {
            Set<String> related = new LinkedHashSet<>();
            List<String> around = clearedBranch == null ? targets : List.of(graph.resolve(clearedBranch));
            for (String t : around) {
                related.add(t);
                related.addAll(graph.ancestors(t));
                related.addAll(graph.descendants(t));
            }
            for (String row : before) {
                if (!related.contains(row)) {
                    after.add(row);
                }
            }
        }
        after.addAll(targets);
        return graph.versionRowsOf(graph.appliedSet(after));
    }

    /** {@code LABEL@base}: the branch whose rows a stamp clears, keeping the other branches' rows; else null. */
    private static String branchBase(RevisionGraph graph, String target) {
        String t = target.trim();
        return t.endsWith("@base") && t.length() > "@base".length() && !graph.isName(t)
                ? t.substring(0, t.length() - "@base".length()) : null;
    }
}
