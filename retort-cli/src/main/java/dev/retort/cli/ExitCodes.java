package dev.retort.cli;

import dev.retort.error.CheckFailedException;
import dev.retort.error.UsageException;

/**
 * The command's exit codes, decided here from what kind of failure the library reported: the library says what
 * went wrong, the command line says what that means to a shell.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int USAGE = 2;
    static final int CHECK_FAILED = 3;

    private ExitCodes() {
    }

    static int of(Throwable failure) {
        if (failure instanceof CheckFailedException) {
            return CHECK_FAILED;
        }
        if (failure instanceof UsageException) {
            return USAGE;
        }
        return ERROR;
    }
}
