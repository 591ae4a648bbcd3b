package dev.retort.error;

/** A check (heads --check, check, lint, test) ran fine and found a problem. */
public class CheckFailedException extends RetortException {
    /** A check that found a problem (exit code 3); the message names it and the fix. */
    public CheckFailedException(String message) {
        super(message);
    }
}
