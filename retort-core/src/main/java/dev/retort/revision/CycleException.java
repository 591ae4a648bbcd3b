package dev.retort.revision;

import dev.retort.error.RetortException;
import java.util.List;

/** Revisions that revise (or depend on) each other in a loop, so no order can apply them. */
public class CycleException extends RetortException {
    private final List<String> cycle;

    /** @param cycle the ids around the loop, the first repeated at the end: a, b, a */
    CycleException(List<String> cycle) {
        super("revisions form a cycle: " + String.join(" -> ", cycle)
                + " (each revises or depends on the next); fix one of their Revises or Depends-On headers");
        this.cycle = List.copyOf(cycle);
    }

    /** The revisions of the cycle, in order. */
    public List<String> cycle() {
        return cycle;
    }
}
