package dev.retort.revision;

import dev.retort.error.RetortException;

/** A relative target (+N, -N, LABEL@-N, REV+N) that asks for more steps than there are. */
public class RelativeTargetOutOfRangeException extends RetortException {
    RelativeTargetOutOfRangeException(String message) {
        super(message);
    }
}
