package dev.retort.runtime;

import dev.retort.revision.AppliedState;
import dev.retort.revision.RevisionGraph;

import java.util.HashSet;
import java.util.List;

/**
 * The applied state a run carries from one step to the next. Each step still re-reads the version rows inside
 * the lock; when they are the rows the previous step left, the state that step moved to is the database's, and
 * working it out again from the rows (a walk over every ancestor) would make a long run quadratic. Rows that
 * differ (another runner moved them) are worked out afresh.
 */
final class CarriedState {
    private final RevisionGraph graph;
    private HashSet<String> rows;
    private AppliedState state;

    CarriedState(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The state for the version rows just read. */
    AppliedState of(List<String> versionRows) {
        HashSet<String> read = new HashSet<>(versionRows);
        if (state == null || !read.equals(rows)) {
            state = graph.state(versionRows);
            rows = read;
        }
        return state;
    }

    /** A step committed: the database is now at {@code next}. */
    void moved(AppliedState next) {
        state = next;
        rows = new HashSet<>(next.heads());
    }
}
