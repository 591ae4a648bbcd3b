package dev.retort.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Matches the constraints (or indexes) of a table in the database with those in the models. Two named
 * elements match by name. An element without a name matches one of the same shape: databases do not
 * always keep or report constraint names, and a model often leaves them out.
 */
record Pairing<T>(List<Pair<T>> pairs, List<T> onlyCurrent, List<T> onlyTarget) {

    record Pair<T>(T current, T target) {
    }

    static <T> Pairing<T> of(List<T> current, List<T> target, Function<T, String> name, BiPredicate<T, T> sameShape) {
        List<T> restCurrent = new ArrayList<>(current);
        List<T> restTarget = new ArrayList<>();
        List<Pair<T>> pairs = new ArrayList<>();
        for (T t : target) {
            T match = name.apply(t) == null ? null : restCurrent.stream()
                    .filter(c -> name.apply(t).equalsIgnoreCase(name.apply(c))).findFirst().orElse(null);
            if (match != null) {
                restCurrent.remove(match);
                pairs.add(new Pair<>(match, t));
            } else {
                restTarget.add(t);
            }
        }
        List<T> onlyTarget = new ArrayList<>();
        for (T t : restTarget) {
            T match = restCurrent.stream()
                    .filter(c -> (name.apply(c) == null || name.apply(t) == null) && sameShape.test(c, t))
                    .findFirst().orElse(null);
            if (match != null) {
                restCurrent.remove(match);
                pairs.add(new Pair<>(match, t));
            } else {
                onlyTarget.add(t);
            }
        }
        return new Pairing<>(pairs, restCurrent, onlyTarget);
    }
}
