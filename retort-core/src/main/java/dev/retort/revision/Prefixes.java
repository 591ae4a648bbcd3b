package dev.retort.revision;

import java.util.Arrays;
import java.util.List;

/** Ids that start with a prefix, found by binary search in a sorted array: partial ids stay cheap in big graphs. */
final class Prefixes {
    private Prefixes() {
    }

    /** The ids of {@code sorted} that start with {@code prefix}, in sorted order. */
    static List<String> matching(String[] sorted, String prefix) {
        int from = Arrays.binarySearch(sorted, prefix);
        from = from >= 0 ? from : -from - 1;
        int to = from;
        while (to < sorted.length && sorted[to].startsWith(prefix)) {
            to++;
        }
        return Arrays.asList(sorted).subList(from, to);
    }
}
