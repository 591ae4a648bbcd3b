package dev.retort.runtime;

import dev.retort.error.RetortException;
import dev.retort.revision.Step;

/** A revision that failed while running; earlier revisions stay applied, this one was rolled back. */
public class RevisionFailedException extends RetortException {
    public RevisionFailedException(Step step, String file, String what, Throwable cause) {
        super((step.direction().name().equals("UP") ? "upgrade" : "downgrade") + " of revision "
                + step.revision().id() + " (" + file + ") failed: " + what, cause);
    }

    private RevisionFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The same failure, saying that it left part of the revision behind and how to get out of it. */
    RevisionFailedException leftDirty(DirtyRevision dirty) {
        return new RevisionFailedException(getMessage() + "; what ran before the failing statement stays (MySQL "
                + "commits DDL as it goes), so revision " + dirty.revision() + " is marked dirty: " + dirty.advice(),
                getCause());
    }
}
