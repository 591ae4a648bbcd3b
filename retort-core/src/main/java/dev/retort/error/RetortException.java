package dev.retort.error;

/**
 * The one exception type users see. Its message is a single line that says what went wrong,
 * where (file, line or revision) and, where there is one, the fix. The CLI prints the message
 * alone; the stack trace only with {@code --debug}.
 */
public class RetortException extends RuntimeException {
    private final int exitCode;

    /** An error (exit code 1) with its one-line message. */
    public RetortException(String message) {
        this(message, null);
    }

    /** An error (exit code 1) with its one-line message and the exception behind it. */
    public RetortException(String message, Throwable cause) {
        this(message, cause, 1);
    }

    /** For the subclasses that exit otherwise (usage 2, check 3). */
    protected RetortException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** 1 for errors, 2 for bad usage, 3 for a check that found a problem. */
    public int exitCode() {
        return exitCode;
    }
}
