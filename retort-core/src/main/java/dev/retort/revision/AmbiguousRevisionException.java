package dev.retort.revision;

import dev.retort.error.RetortException;
import java.util.List;

/** A spec that could mean more than one revision: a short prefix, or a relative step through a branch. */
public class AmbiguousRevisionException extends RetortException {
    private static final int SHOWN = 10;
    private final List<String> candidates;

    AmbiguousRevisionException(String message, List<String> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** The full ids the prefix matches. */
    public List<String> candidates() {
        return candidates;
    }

    static AmbiguousRevisionException prefix(String prefix, List<String> candidates) {
        return new AmbiguousRevisionException("'" + prefix + "' matches " + candidates.size() + " revisions ("
                + list(candidates) + "); give more characters of the id", candidates);
    }

    static AmbiguousRevisionException dependsOn(String revision, String ref, List<String> candidates) {
        return new AmbiguousRevisionException("revision " + revision + " depends on '" + ref + "', which matches "
                + candidates.size() + " revisions (" + list(candidates) + "); write more of the id in its Depends-On header",
                candidates);
    }

    static AmbiguousRevisionException branchPoint(String spec, String at, List<String> children) {
        return new AmbiguousRevisionException("'" + spec + "' is ambiguous: revision " + at + " branches into "
                + list(children) + "; name the revision instead", children);
    }

    static AmbiguousRevisionException mergePoint(String spec, String at, List<String> parents) {
        return new AmbiguousRevisionException("'" + spec + "' is ambiguous: revision " + at + " merges "
                + list(parents) + "; name the revision instead", parents);
    }

    /** Lists at most {@value SHOWN} ids so one line stays readable when a prefix matches hundreds. */
    static String list(List<String> ids) {
        if (ids.size() <= SHOWN) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, SHOWN)) + " and " + (ids.size() - SHOWN) + " more";
    }
}
