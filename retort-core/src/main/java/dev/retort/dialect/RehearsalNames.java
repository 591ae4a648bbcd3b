package dev.retort.dialect;

import java.util.UUID;

/** Names of rehearsal databases on a server: one prefix, so a leftover is easy to find and drop by hand. */
public final class RehearsalNames {
    public static final String PREFIX = "retort_rehearsal_";

    private RehearsalNames() {
    }

    public static String next() {
        return PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
