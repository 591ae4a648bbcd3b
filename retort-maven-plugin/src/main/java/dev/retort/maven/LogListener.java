package dev.retort.maven;

import dev.retort.revision.Step;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.StepLabel;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.time.Duration;

/** Reports an upgrade or downgrade in the build log, step by step, with the command line's words. */
final class LogListener implements MigrationListener {
    private final Log log;

    LogListener(Log log) {
        this.log = log;
    }

    @Override
    public void backupWritten(Path backup) {
        log.info("Backup: " + backup);
    }

    @Override
    public void stepStarting(Step step, String from) {
        log.info(StepLabel.of(step));
    }

    @Override
    public void stepFinished(Step step, Duration took) {
        log.debug(step.revision().id() + " took " + took.toMillis() + " ms");
    }

    @Override
    public void stepSkipped(Step step) {
        log.info("Skipped " + step.revision().id() + ": another runner applied it");
    }
}
