package dev.retort.fidelity;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One schema feature's change, as a team would make it in a {@code schema.sql}: the models before and after,
 * and a catalog query whose answer tells the two apart on the real server (the server's own view, not
 * Retort's model), with the answer expected before and after.
 *
 * @param detected a phrase {@code check} must print for the change
 */
record FeatureCase(String name, String before, String after, String probe, String probedBefore, String probedAfter,
                   String detected) {
    /**
     * Runs the case through {@link FeatureRoundTrip}, which also checks the catalog changed and came back; the
     * probe's answers must be exactly the expected ones: before, after the upgrade, after the downgrade.
     */
    static void runOn(FeatureRoundTrip trip, FeatureCase feature) throws Exception {
        List<String> answers = new ArrayList<>();
        trip.run(feature.before(), feature.after(), feature.detected(), connection -> {
            List<String> rows = FeatureRoundTrip.rows(connection, feature.probe());
            answers.add(String.join("\n", rows));
            return rows;
        });
        assertEquals(List.of(feature.probedBefore(), feature.probedAfter(), feature.probedBefore()), answers,
                "the server's catalog before, after the upgrade, after the downgrade");
    }

    @Override
    public String toString() {
        return name;
    }
}
