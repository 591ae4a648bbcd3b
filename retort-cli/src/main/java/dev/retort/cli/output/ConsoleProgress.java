package dev.retort.cli.output;

import dev.retort.dialect.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;

/**
 * A progress bar (rows, rate, time left) on a terminal; nothing at all when output goes to a pipe or file.
 * The progressbar library redraws the line; {@link ProgressLine} decides what it says.
 */
public final class ConsoleProgress implements Progress {
    private final int width;

    private ConsoleProgress(int width) {
        this.width = width;
    }

    public static Progress forThisTerminal() {
        return System.console() != null ? new ConsoleProgress(terminalWidth(System.getenv("COLUMNS"))) : Progress.NONE;
    }

    /** COLUMNS when the shell exports it, else what picocli detects (80 when it cannot tell). */
    static int terminalWidth(String columns) {
        if (columns != null && columns.strip().matches("[1-9][0-9]{0,4}")) {
            return Integer.parseInt(columns.strip());
        }
        return new CommandLine.Model.UsageMessageSpec().autoWidth(true).width();
    }

    @Override
    public Tracker start(String task, long total) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setMaxRenderedLength(width)
                .setRenderer((state, maxLength) -> ProgressLine.render(state.getTaskName(), state.getCurrent(),
                        state.getMax(), state.getTotalElapsed(), Math.min(width, maxLength)))
                .setUpdateIntervalMillis(200)
                .build();
        return new Tracker() {
            @Override
            public void advanceTo(long done) {
                bar.stepTo(done);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
