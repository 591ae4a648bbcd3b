package dev.retort.runtime;

import dev.retort.error.RetortException;
import dev.retort.revision.Step;

/**
 * A revision that failed while running; earlier revisions stay applied, this one was rolled back, or, where DDL
 * commits as it goes (MySQL), left half-applied and marked dirty.
 */
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
        return new RevisionFailedException(getMessage() + "; what ran before the failing statement stays ("
                + dirty.database() + " commits DDL as it goes), so revision " + dirty.revision() + " is marked dirty: " + dirty.advice(),
                getCause());
    }

    /** The same failure where even the dirty mark could not be written: the person is the only record left. */
    RevisionFailedException leftUnmarked(RuntimeException whyNoMark, String database) {
        RevisionFailedException failure = new RevisionFailedException(getMessage() + "; what ran before the failing"
                + " statement stays (" + database + " commits DDL as it goes), and the dirty mark could not be written ("
                + whyNoMark.getMessage() + "): check the schema by hand before running again", getCause());
        failure.addSuppressed(whyNoMark);
        return failure;
    }
}
