package dev.retort.cli.output;

import dev.retort.autogen.DiffResult;

import java.io.PrintWriter;

/**
 * The lines that name what Retort compared but will not change: what it cannot handle yet, and what the models
 * cannot describe and it keeps as it is. {@code check} and {@code revision --autogenerate} print them alike, so a
 * user who sees "No differences" or "No changes" has also been told what was left alone.
 */
public final class LeftAlone {
    private LeftAlone() {
    }

    /** One {@code Not handled:} line per object Retort did not compare (each is also a difference). */
    public static void printNotHandled(DiffResult diff, PrintWriter out) {
        diff.notHandled().forEach(u -> out.println("Not handled: " + u.describe()));
    }

    /** One {@code Kept:} line per object the models cannot describe (none is a difference). */
    public static void printKept(DiffResult diff, PrintWriter out) {
        diff.kept().forEach(k -> out.println("Kept: " + k.describe()));
    }

    /** What follows "the models match the database": said only in what they describe when anything was kept. */
    public static String matchScope(DiffResult diff) {
        return diff.kept().isEmpty() ? "" : " in what they describe (" + diff.kept().size() + " object(s) kept, above)";
    }
}
