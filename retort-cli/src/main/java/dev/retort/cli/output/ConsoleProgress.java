package dev.retort.cli.output;

import dev.retort.dialect.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar (rows, rate, time left) on a terminal; nothing at all when output goes to a pipe or file. */
public final class ConsoleProgress implements Progress {

    public static Progress forThisTerminal() {
        return System.console() != null ? new ConsoleProgress() : Progress.NONE;
    }

    @Override
    public Tracker start(String task, long total) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" rows", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
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
