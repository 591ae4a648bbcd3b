package dev.retort.revision;

import java.util.List;
import java.util.Objects;

/**
 * One node of the revision graph, as read from a revision file's header. Knows nothing of files.
 *
 * @param parents      the revisions this one revises (several for a merge; empty for a root)
 * @param dependsOn    revisions that must be applied first without being parents (other branches): ids, labels
 *                     or unique id prefixes as a header writes them; the graph's copy names them by full id
 * @param branchLabels names that address this revision's branch, as in {@code LABEL@head}
 * @param createDate   ISO-8601 instant as written in the header, or null
 */
public record Revision(String id, List<String> parents, List<String> dependsOn, List<String> branchLabels,
                       String message, String createDate) {

    /** Copies the lists, so a revision never changes after it is made. */
    public Revision {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = message == null ? "" : message;
    }

    /** A revision with only an id and parents, for tests and graphs built in memory. */
    public static Revision of(String id, String... parents) {
        return new Revision(id, List.of(parents), List.of(), List.of(), "", null);
    }

    /** Whether the revision revises nothing: a base of the graph. */
    public boolean isRoot() {
        return parents.isEmpty();
    }

    /** Whether the revision revises several: a merge point. */
    public boolean isMerge() {
        return parents.size() > 1;
    }
}
