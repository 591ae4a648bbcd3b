package dev.retort.fidelity;

/**
 * One schema feature's change, as a team would make it in a {@code schema.sql}: the models before and after,
 * and a catalog query whose answer tells the two apart on the real server (the server's own view, not
 * Retort's model), with the answer expected before and after.
 *
 * @param detected a phrase {@code check} must print for the change
 */
record FeatureCase(String name, String before, String after, String probe, String probedBefore, String probedAfter,
                   String detected) {
    @Override
    public String toString() {
        return name;
    }
}
