package dev.retort.script;

import java.util.List;

/**
 * What a new revision should be, as a person asks for it: the message, where it goes in the graph, and its id
 * when fixed. {@link RevisionAuthor} turns it into a {@link NewRevision}, resolving names against the graph.
 *
 * @param message      what the revision does
 * @param head         the revision to build on ({@code base} for a new root), or null for the single head
 * @param splice       whether {@code head} may name a revision that is not a head (starting a branch)
 * @param branchLabels labels for the branch the revision starts
 * @param dependsOn    revisions (ids, partial ids or labels) that must be applied first
 * @param revId        the id to use, or null for a random one
 * @param format       the file's language
 */
public record RevisionRequest(String message, String head, boolean splice, List<String> branchLabels,
                              List<String> dependsOn, String revId, ScriptFormat format) {
    /** Copies the lists; a null format means Java. */
    public RevisionRequest {
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        format = format == null ? ScriptFormat.JAVA : format;
    }

    /** A Java revision on the single head, with a random id. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, null, false, List.of(), List.of(), null, ScriptFormat.JAVA);
    }

    /** The same request with a fixed id. */
    public RevisionRequest withRevId(String id) {
        return new RevisionRequest(message, head, splice, branchLabels, dependsOn, id, format);
    }
}
