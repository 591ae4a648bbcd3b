package dev.retort.revision;

import dev.retort.error.UsageException;

/** A target the command cannot mean: malformed, or going the wrong way ("-1" to upgrade). Exit code 2. */
public class InvalidTargetException extends UsageException {
    InvalidTargetException(String message) {
        super(message);
    }
}
