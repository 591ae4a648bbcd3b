package dev.retort.api;

import dev.retort.revision.Step;

import java.nio.file.Path;
import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param steps   the steps this call applied, in order (another runner may have applied others)
 * @param backup  the backup written before the change, or null
 * @param current the database's revisions afterwards
 */
public record MigrationResult(List<Step> steps, Path backup, List<String> current) {
    /** Copies the lists. */
    public MigrationResult {
        steps = List.copyOf(steps);
        current = List.copyOf(current);
    }
}
