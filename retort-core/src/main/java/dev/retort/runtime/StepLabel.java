package dev.retort.runtime;

import dev.retort.revision.Direction;
import dev.retort.revision.Step;

/** How a step is announced: {@code Running upgrade 9b1c2d3e4f5a -> 3f2a9c1b7d4e, add token_count column}. */
public final class StepLabel {
    private StepLabel() {
    }

    public static String of(Step step) {
        String parents = step.revision().parents().isEmpty() ? "<base>" : String.join(", ", step.revision().parents());
        String id = step.revision().id();
        String arrow = step.direction() == Direction.UP ? "upgrade " + parents + " -> " + id
                : "downgrade " + id + " -> " + parents;
        String message = step.revision().message();
        return "Running " + arrow + (message.isEmpty() ? "" : ", " + message);
    }
}
