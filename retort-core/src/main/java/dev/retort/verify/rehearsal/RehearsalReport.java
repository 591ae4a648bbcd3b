package dev.retort.verify.rehearsal;

import java.util.List;

/**
 * What {@code retort test} found.
 *
 * @param database  what was rehearsed on, e.g. "a copy of /app/db.sqlite3" or "an empty database"
 * @param models    the models line: "not configured", "not checked: ...", "ok" or the differences
 * @param modelsDiffer whether the models check found differences
 * @param revisions one result per revision, in topological order
 */
public record RehearsalReport(String database, String models, boolean modelsDiffer, List<RevisionResult> revisions) {
    public RehearsalReport {
        revisions = List.copyOf(revisions);
    }

    public boolean failed() {
        return modelsDiffer || revisions.stream().anyMatch(RevisionResult::failed);
    }

    public long failures() {
        return revisions.stream().filter(RevisionResult::failed).count();
    }
}
