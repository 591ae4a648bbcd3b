package dev.retort.revision;

import dev.retort.error.RetortException;
import java.util.List;

/** A downgrade target that the database has not reached, so there is nothing to go back to. */
public class NotAppliedException extends RetortException {
    private final String id;

    NotAppliedException(String spec, String id, List<String> currentHeads) {
        super((spec.equals(id) ? "cannot downgrade to revision " + id + ": it is not applied"
                : "cannot downgrade to '" + spec + "': revision " + id + " is not applied")
                + "; the database is at "
                + (currentHeads.isEmpty() ? "base (nothing applied)" : AmbiguousRevisionException.list(currentHeads)));
        this.id = id;
    }

    /** The revision that is not applied. */
    public String id() {
        return id;
    }
}
