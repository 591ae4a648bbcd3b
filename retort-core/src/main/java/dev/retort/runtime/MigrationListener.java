package dev.retort.runtime;

import dev.retort.revision.Step;

import java.nio.file.Path;
import java.time.Duration;

/** What a person watching a migration wants to hear about. All methods are optional. */
public interface MigrationListener {
    MigrationListener SILENT = new MigrationListener() {
    };

    default void backupWritten(Path backup) {
    }

    /** The backup written before the run was deleted after it succeeded, as keep_backups = 0 asks. */
    default void backupDiscarded(Path backup) {
    }

    default void stepStarting(Step step, String from) {
    }

    default void stepFinished(Step step, Duration took) {
    }

    default void stepSkipped(Step step) {
    }

    /**
     * A lock timeout stopped the step before it changed anything; it runs again after {@code pause}, as attempt
     * {@code attempt} of {@code attempts}.
     */
    default void stepRetrying(Step step, int attempt, int attempts, Duration pause) {
    }
}
