package dev.retort.cli;

import dev.retort.config.Secrets;
import dev.retort.spi.DialectRegistry;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * For a verb that reads the revisions, the project is located and its revisions read on a second thread while
 * picocli builds and parses the command line: on a history of thousands, the two take about as long as each other.
 * The thread also readies the database's driver. The verb takes the project when its options name the same
 * configuration and URL that the arguments were seen to name here; otherwise, or when the early attempt failed, it
 * locates the project itself, and reports what fails.
 */
final class ProjectReadAhead {
    private static final Set<String> READING_VERBS = Set.of("heads", "branches", "current", "history", "show",
            "upgrade", "downgrade", "stamp", "merge", "check", "lint", "test", "revision");

    private final Path config;
    private final String url;
    private final FutureTask<Project> project;

    private ProjectReadAhead(Path config, String url) {
        this.config = config;
        this.url = url;
        this.project = new FutureTask<>(() -> {
            Project located = Project.locate(config, url, new Secrets());
            located.retort().readScriptsAhead();
            try {
                DialectRegistry.installed().forUrlOrDefault(located.config().url()).prepareDriver();
            } catch (RuntimeException e) {
                // A URL no dialect knows (a wrapping driver's): the connection finds its driver itself.
            }
            return located;
        });
    }

    /** Starts for {@code args} when they name a verb that reads revisions; null when they do not. */
    static ProjectReadAhead start(String[] args) {
        ArgumentScan scan = ArgumentScan.of(args);
        if (scan.help() || scan.verb() == null || !READING_VERBS.contains(scan.verb())) {
            return null;
        }
        ProjectReadAhead ahead = new ProjectReadAhead(scan.config(), scan.url());
        Thread thread = new Thread(ahead.project, "retort-locate-ahead");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** The project, when {@code config} and {@code url} are what the arguments named; null otherwise. */
    Project take(Path config, String url) {
        if (!Objects.equals(config, this.config) || !Objects.equals(url, this.url)) {
            return null;
        }
        try {
            return project.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
