package dev.retort.cli.output;

import dev.retort.revision.Step;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.StepLabel;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/** Tells the person at the terminal what an upgrade or downgrade is doing, step by step. */
public final class ConsoleListener implements MigrationListener {
    private final PrintWriter out;
    private final Function<Path, String> display;

    public ConsoleListener(PrintWriter out, Function<Path, String> display) {
        this.out = out;
        this.display = display;
    }

    @Override
    public void backupWritten(Path backup) {
        out.println("Backup: " + display.apply(backup));
        out.flush();
    }

    @Override
    public void backupDiscarded(Path backup) {
        out.println("Backup " + display.apply(backup) + " removed: the run succeeded, and keep_backups = 0 keeps none");
        out.flush();
    }

    @Override
    public void stepStarting(Step step, String from) {
        // A whole line before the work starts: an error or a progress bar must not land mid-line.
        out.println(StepLabel.of(step));
        out.flush();
    }

    @Override
    public void stepSkipped(Step step) {
        out.println("Skipped " + step.revision().id() + ": another runner applied it");
        out.flush();
    }

    @Override
    public void stepRetrying(Step step, int attempt, int attempts, java.time.Duration pause) {
        out.println("Lock timeout in " + step.revision().id() + ", nothing changed; running it again in "
                + pause.toSeconds() + " s (attempt " + attempt + " of " + attempts + ")");
        out.flush();
    }
}
