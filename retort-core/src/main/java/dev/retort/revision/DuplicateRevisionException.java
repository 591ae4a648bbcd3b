package dev.retort.revision;

import dev.retort.error.RetortException;

/** Two revisions share one id. */
public class DuplicateRevisionException extends RetortException {
    private final String id;

    /** Two revisions declare {@code id}. */
    public DuplicateRevisionException(String id) {
        super("revision id " + id + " is used by more than one revision; give one of them a new id");
        this.id = id;
    }

    /** The id declared twice. */
    public String id() {
        return id;
    }
}
