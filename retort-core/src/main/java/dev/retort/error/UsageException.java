package dev.retort.error;

/** The command was asked something it cannot mean: a bad option combination or argument. */
public class UsageException extends RetortException {
    public UsageException(String message) {
        super(message);
    }
}
