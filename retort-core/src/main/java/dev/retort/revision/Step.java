package dev.retort.revision;

import java.util.Objects;

/** One revision to run in one direction. */
public record Step(Revision revision, Direction direction) {

    /** Checks that both parts are there. */
    public Step {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
    }

    /** The id of the step's revision. */
    public String id() {
        return revision.id();
    }

    @Override
    public String toString() {
        return (direction == Direction.UP ? "+" : "-") + revision.id();
    }
}
