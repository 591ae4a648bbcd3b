package dev.retort.cli.output;

import java.time.Duration;
import java.util.Locale;

/**
 * One line of a copy's progress, fitted to the terminal's width:
 * {@code Copying logs  12% [===>              ] 120.0k/1.0M rows 883.3k rows/s ETA 0:01}.
 * The line is always {@code width - 1} long, the bar as wide as what is around it leaves.
 * The rate and the time left appear only once a second has passed: before that they are noise from
 * the first batch. Numbers are scaled (k, M, G) so that the line keeps its length as they grow.
 */
public final class ProgressLine {
    /** Narrower than this, a bar says too little to be worth its room. */
    static final int MIN_BAR = 10;
    /** A task name is cut to no less than this before the bar gives way. */
    static final int MIN_TASK = 12;
    private static final Duration RATE_AFTER = Duration.ofSeconds(1);
    /** The longest rate and time left below an hour, as the tail reserves room for them. */
    private static final String RATE_AND_ETA = " 999.9k rows/s ETA 59:59";

    private ProgressLine() {
    }

    /**
     * The line for {@code done} of {@code total} rows after {@code elapsed}, at most {@code width - 1} characters
     * (a full-width line makes some terminals wrap before the carriage return).
     */
    public static String render(String task, long done, long total, Duration elapsed, int width) {
        int room = Math.max(width - 1, 0);
        String percent = total > 0 ? String.format(Locale.ROOT, "%3d%%", Math.min(100, done * 100 / total)) : "";
        StringBuilder tail = new StringBuilder(" ").append(count(done)).append('/').append(count(total)).append(" rows");
        double rate = elapsed.compareTo(RATE_AFTER) >= 0 && done > 0 ? done / seconds(elapsed) : -1;
        if (rate > 0) {
            tail.append(' ').append(scaled(rate)).append(" rows/s");
            if (done < total) {
                tail.append(" ETA ").append(clock(Duration.ofSeconds((long) Math.ceil((total - done) / rate))));
            }
        }
        if (done >= total && total > 0) {
            tail.append(" in ").append(clock(elapsed));
        }
        // Room for the rate and time left from the start, so the bar does not shrink when they appear.
        int reserved = countsRoom(total) + RATE_AND_ETA.length();
        tail.append(" ".repeat(Math.max(0, reserved - tail.length())));
        int fixed = 1 + percent.length() + 3 + tail.length();
        String name = task;
        if (name.length() + fixed + MIN_BAR > room) {
            name = shorten(name, Math.max(MIN_TASK, room - fixed - MIN_BAR));
        }
        int barWidth = room - name.length() - fixed;
        String line = barWidth >= MIN_BAR
                ? name + " " + percent + " [" + bar(done, total, barWidth) + "]" + tail
                : name + " " + percent + tail;
        // Always the full width: the line is redrawn over the last one with a carriage return, which clears nothing.
        return line.length() <= room ? line + " ".repeat(room - line.length()) : line.substring(0, room);
    }

    /** The room {@code " DONE/TOTAL rows"} may take as DONE grows: a scaled count is at most 6 wide ({@code 999.9k}). */
    private static int countsRoom(long total) {
        return (" 999.9k/" + count(total) + " rows").length();
    }

    /** {@code 987}, {@code 1.2k}, {@code 3.4M}, {@code 5.6G}: a count that reads at a glance. */
    static String count(long value) {
        return value < 1000 ? Long.toString(value) : scaled(value);
    }

    /** A rate or count with one decimal and a unit prefix; below 1000, a whole number. */
    static String scaled(double value) {
        String[] units = {"", "k", "M", "G", "T"};
        int unit = 0;
        while (Math.abs(value) >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f%s", value, units[unit]);
    }

    /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
    static String clock(Duration duration) {
        long total = Math.max(0, duration.toSeconds());
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long secs = total % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    private static String bar(long done, long total, int width) {
        int filled = total > 0 ? (int) Math.min(width, done * width / total) : 0;
        StringBuilder bar = new StringBuilder(width);
        bar.append("=".repeat(filled));
        if (filled < width) {
            bar.append(filled > 0 ? ">" : " ").append(" ".repeat(width - filled - 1));
        }
        return bar.toString();
    }

    private static String shorten(String task, int length) {
        return task.length() <= length ? task : task.substring(0, Math.max(0, length - 3)) + "...";
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
