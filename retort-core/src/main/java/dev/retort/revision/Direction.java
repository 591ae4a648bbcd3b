package dev.retort.revision;

/** Which way a step moves a revision: applying its upgrade or its downgrade. */
public enum Direction {
    /** Applying a revision. */
    UP,
    /** Reverting a revision. */
    DOWN
}
