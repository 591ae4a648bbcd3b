package dev.retort.error;

/**
 * The one exception type users see. Its message is a single line that says what went wrong,
 * where (file, line or revision) and, where there is one, the fix. The CLI prints the message
 * alone; the stack trace only with {@code --debug}. What kind of failure it is, the subclass says
 * ({@link UsageException}, {@link CheckFailedException}); what that means to a shell, the CLI decides.
 */
public class RetortException extends RuntimeException {
    /** A failure with its one-line message. */
    public RetortException(String message) {
        this(message, null);
    }

    /** A failure with its one-line message and the exception behind it. */
    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
