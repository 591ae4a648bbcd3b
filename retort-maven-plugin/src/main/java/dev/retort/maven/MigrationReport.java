package dev.retort.maven;

import dev.retort.api.MigrationResult;
import org.apache.maven.plugin.logging.Log;

/** The lines that close an upgrade or downgrade, as the command line prints them. */
final class MigrationReport {
    private MigrationReport() {
    }

    static void log(Log log, MigrationResult result, String nothingToDo) {
        if (result.steps().isEmpty()) {
            log.info(nothingToDo);
        }
        log.info(result.current().isEmpty() ? "Database is at base (no revision applied)"
                : "Database is at " + String.join(", ", result.current()));
    }
}
