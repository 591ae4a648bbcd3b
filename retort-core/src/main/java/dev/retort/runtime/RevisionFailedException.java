package dev.retort.runtime;

import dev.retort.error.RetortException;
import dev.retort.revision.Step;

/**
 * A revision that failed while running; earlier revisions stay applied, this one was rolled back, or, where DDL
 * commits as it goes (MySQL), left half-applied and marked dirty.
 */
public class RevisionFailedException extends RetortException {
    /** True when part of the revision stayed: running it again would repeat that part. */
    private final boolean leftChanges;

    public RevisionFailedException(Step step, String file, String what, Throwable cause) {
        super((step.direction().name().equals("UP") ? "upgrade" : "downgrade") + " of revision "
                + step.revision().id() + " (" + file + ") failed: " + what, cause);
        this.leftChanges = false;
    }

    private RevisionFailedException(String message, Throwable cause, boolean leftChanges) {
        super(message, cause);
        this.leftChanges = leftChanges;
    }

    /** Whether the revision left part of itself behind (so it must not simply run again). */
    boolean leftChanges() {
        return leftChanges;
    }

    /** The same failure, after {@code attempts} runs that a lock timeout cut short, each as {@code why} says. */
    RevisionFailedException afterLockTimeouts(int attempts, String why) {
        return new RevisionFailedException(getMessage() + " (" + attempts + " attempt" + (attempts == 1 ? "" : "s")
                + "; " + why + ")", getCause(), false);
    }

    /** The same failure, saying that it left part of the revision behind and how to get out of it. */
    RevisionFailedException leftDirty(DirtyRevision dirty) {
        return new RevisionFailedException(getMessage() + "; what ran before the failing statement stays ("
                + dirty.cause() + "), so revision " + dirty.revision() + " is marked dirty: " + dirty.advice(),
                getCause(), true);
    }

    /** The same failure where even the dirty mark could not be written: the person is the only record left. */
    RevisionFailedException leftUnmarked(RuntimeException whyNoMark, String cause) {
        RevisionFailedException failure = new RevisionFailedException(getMessage() + "; what ran before the failing"
                + " statement stays (" + cause + "), and the dirty mark could not be written ("
                + whyNoMark.getMessage() + "): check the schema by hand before running again", getCause(), true);
        failure.addSuppressed(whyNoMark);
        return failure;
    }
}
