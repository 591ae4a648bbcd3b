package dev.retort.runtime;

import dev.retort.history.LogEntry;
import dev.retort.revision.RevisionGraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A revision that failed half-way where DDL commits as it goes: the statements before the
 * failing one stayed, so the schema is neither before nor after the revision. Only a person can tell which
 * way to repair it; the stamp afterwards says which state they chose, and clears the mark.
 *
 * @param direction  "up" or "down": the step that failed
 * @param finished   the stamp target once the step's remaining changes are made by hand
 * @param undone     the stamp target once the changes it made are undone by hand
 * @param cause      why the part that ran stayed, for messages ("MySQL commits DDL as it goes")
 */
public record DirtyRevision(String revision, String direction, List<String> finished, List<String> undone,
                            String cause) {

    /** The dirty marks in {@code log} (one per revision, the latest), with their stamp targets from the graph. */
    public static List<DirtyRevision> in(List<LogEntry> log, RevisionGraph graph, String cause) {
        Map<String, LogEntry> latest = new LinkedHashMap<>();
        for (LogEntry entry : log) {
            if (LogEntry.DIRTY.equals(entry.status())) {
                latest.put(entry.revision(), entry);
            }
        }
        List<DirtyRevision> dirty = new ArrayList<>();
        for (LogEntry entry : latest.values()) {
            dirty.add(of(entry.revision(), entry.direction(), graph, cause));
        }
        return dirty;
    }

    static DirtyRevision of(String revision, String direction, RevisionGraph graph, String cause) {
        List<String> before = before(revision, graph);
        return direction.equals("down") ? new DirtyRevision(revision, direction, before, List.of(revision), cause)
                : new DirtyRevision(revision, direction, List.of(revision), before, cause);
    }

    /** What to do, in one line: the two ways out, each with its stamp. */
    public String advice() {
        return "fix the schema by hand, then run " + stamps(finished) + " if you finished its "
                + (direction.equals("down") ? "downgrade" : "upgrade") + ", or " + stamps(undone)
                + " if you undid what it changed";
    }

    /** What happened and what to do, in one line, for {@code current}. */
    public String summary() {
        return "its " + (direction.equals("down") ? "downgrade" : "upgrade") + " failed half-way and left part of "
                + "its changes (" + cause + "); " + advice();
    }

    /** Why an upgrade or downgrade stops here, in one line. */
    public String refusal() {
        return "revision " + revision + " is dirty: " + summary();
    }

    /** A merge's parents are stamped one after the other: a stamp keeps the version rows it is unrelated to. */
    private static String stamps(List<String> targets) {
        return String.join(" and ", targets.stream().map(t -> "`retort stamp " + t + "`").toList());
    }

    /** The state before the revision: its parents, or base for a root. */
    private static List<String> before(String revision, RevisionGraph graph) {
        List<String> parents = graph.find(revision).map(r -> r.parents()).orElse(List.of());
        return parents.isEmpty() ? List.of("base") : parents;
    }
}
