package dev.retort.error;

/** A check (heads --check, check, lint, test) ran fine and found a problem. */
public class CheckFailedException extends RetortException {
    public CheckFailedException(String message) {
        super(message);
    }
}
