package dev.retort.history;

import java.time.Instant;

/**
 * One line of {@code retort_log}: a step that ran (or a stamp).
 *
 * @param direction "up", "down" or "stamp"
 * @param checksum  SHA-256 of the revision file when it ran; null for stamps
 * @param status    "ok", or "dirty" when a revision failed where DDL cannot roll back (MySQL), which becomes
 *                  "resolved" once a stamp says the schema was repaired
 */
public record LogEntry(String revision, String direction, String checksum, Instant startedAt, long durationMs,
                       String toolVersion, String appliedBy, String status) {
    public static final String OK = "ok";
    public static final String DIRTY = "dirty";
    public static final String RESOLVED = "resolved";
}
