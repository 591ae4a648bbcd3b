package dev.retort.revision;

import java.util.List;

/** The steps of an upgrade or downgrade, in the order they must run. */
public record Plan(List<Step> steps) {

    /** Copies the steps. */
    public Plan {
        steps = List.copyOf(steps);
    }

    /** Whether there is nothing to do. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** How many steps the plan takes. */
    public int size() {
        return steps.size();
    }

    /** The ids of the steps' revisions, in running order. */
    public List<String> ids() {
        return steps.stream().map(Step::id).toList();
    }
}
