package dev.retort.verify.lint;

import java.util.List;

/** One of the guide's tips as a check. A rule looks at the project once and at each linted revision. */
interface LintRule {
    Rule rule();

    /** Findings about the project as a whole (the revision graph). */
    default void checkProject(LintContext context, List<Finding> out) {
    }

    /** Findings about one revision. */
    default void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
    }

    default Finding finding(RecordedRevision revision, int line, Severity severity, String message) {
        return new Finding(revision.file(), line, severity, rule(), message, revision.id());
    }
}
