package dev.retort.revision;

import dev.retort.error.RetortException;

/** A range A:B where A is not an ancestor of B, so it holds nothing. */
public class NotAnAncestorException extends RetortException {
    NotAnAncestorException(String from, String to, boolean reversed) {
        super("revision " + from + " is not an ancestor of " + to + ", so the range " + from + ":" + to + " is empty; "
                + (reversed ? "did you mean " + to + ":" + from + "?" : "they are on different branches"));
    }
}
