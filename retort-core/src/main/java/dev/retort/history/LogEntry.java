package dev.retort.history;

import java.time.Instant;

/**
 * One line of {@code retort_log}: a step that ran (or a stamp).
 *
 * @param direction "up", "down" or "stamp"
 * @param checksum  SHA-256 of the revision file when it ran; null for stamps
 * @param durationMs how long the step took; null when nobody could know: a {@code --sql} script runs later
 * @param appliedBy  who ran it; null from a {@code --sql} script, which whoever runs it may not be who wrote it
 * @param status    "ok", or "dirty" when a revision failed where DDL cannot roll back (MySQL), which becomes
 *                  "resolved" once a stamp says the schema was repaired
 */
public record LogEntry(String revision, String direction, String checksum, Instant startedAt, Long durationMs,
                       String toolVersion, String appliedBy, String status) {
    public static final String OK = "ok";
    public static final String DIRTY = "dirty";
    public static final String RESOLVED = "resolved";
}
