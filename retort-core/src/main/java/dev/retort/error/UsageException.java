package dev.retort.error;

/** The command was asked something it cannot mean: a bad option combination or argument. */
public class UsageException extends RetortException {
    /** A command or call used wrongly (exit code 2); the message says how to use it. */
    public UsageException(String message) {
        super(message);
    }
}
