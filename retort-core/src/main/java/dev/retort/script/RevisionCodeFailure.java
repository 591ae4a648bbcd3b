package dev.retort.script;

/**
 * What a revision's own code threw, in one line for its author: where in the revision file (the line of the
 * innermost frame from that file) and what it said. Any throwable counts, an {@link Error} as much as an
 * exception: an {@code AssertionError} or a failed static initializer is a mistake in the revision, not in Retort.
 */
public final class RevisionCodeFailure {
    private RevisionCodeFailure() {
    }

    /**
     * @param revisionId the revision's id: its file's name starts with it, and javac records that name in each frame
     * @return {@code " at line 12: the message"}, or without the line when no frame is from the revision's file
     */
    public static String describe(Throwable failure, String revisionId) {
        Throwable cause = failure instanceof ExceptionInInitializerError init && init.getCause() != null
                ? init.getCause() : failure;
        String where = "";
        for (StackTraceElement frame : cause.getStackTrace()) {
            String file = frame.getFileName();
            if (file != null && file.startsWith(revisionId) && frame.getLineNumber() > 0) {
                where = " at line " + frame.getLineNumber();
                break;
            }
        }
        String message = cause.getMessage() == null || cause.getMessage().isBlank() ? null
                : cause.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        String kind = cause instanceof RuntimeException ? "" : " (" + cause.getClass().getSimpleName() + ")";
        // Its message is what the author wrote; the class name only when there is nothing else to go on.
        return where + ": " + (message == null ? cause.getClass().getSimpleName() : message + kind);
    }
}
