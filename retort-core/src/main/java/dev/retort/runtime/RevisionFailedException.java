package dev.retort.runtime;

import dev.retort.error.RetortException;
import dev.retort.revision.Step;

/** A revision that failed while running; earlier revisions stay applied, this one was rolled back. */
public class RevisionFailedException extends RetortException {
    public RevisionFailedException(Step step, String file, String what, Throwable cause) {
        super((step.direction().name().equals("UP") ? "upgrade" : "downgrade") + " of revision "
                + step.revision().id() + " (" + file + ") failed: " + what, cause);
    }
}
