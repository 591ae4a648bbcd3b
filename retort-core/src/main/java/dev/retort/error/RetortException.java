package dev.retort.error;

import java.util.List;

/**
 * The one exception type users see. Its message is a single line that says what went wrong,
 * where (file, line or revision) and, where there is one, the fix. Some failures carry
 * {@link #details()}, lines that only make sense as written (a compiler's source line and caret);
 * the CLI prints them under the message. The stack trace only with {@code --debug}. What kind of failure it is, the subclass says
 * ({@link UsageException}, {@link CheckFailedException}); what that means to a shell, the CLI decides.
 */
public class RetortException extends RuntimeException {
    private final List<String> details;

    /** A failure with its one-line message. */
    public RetortException(String message) {
        this(message, (Throwable) null);
    }

    /** A failure with its one-line message and the exception behind it. */
    public RetortException(String message, Throwable cause) {
        super(message, cause);
        this.details = List.of();
    }

    /** A failure with its one-line message and lines to show under it as they are. */
    public RetortException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    /** Lines to show under the message, verbatim; empty for most failures. */
    public List<String> details() {
        return details;
    }
}
