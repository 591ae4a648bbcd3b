package dev.retort.runtime;

import dev.retort.dialect.RevisionTransaction;
import dev.retort.error.RetortException;
import dev.retort.revision.Step;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs a step again when a lock timeout stopped it before it changed anything (PostgreSQL's {@code lock_timeout}):
 * the query it waited behind is usually done a moment later. The pause doubles each time, and the attempts are
 * few, so a lock that stays taken fails the run in seconds with the reason, instead of stalling the application.
 */
final class LockRetries {
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

    private LockRetries() {
    }

    /** Returns what {@code step} returns, the step having run up to {@code transaction.lockAttempts()} times. */
    static boolean run(RevisionTransaction transaction, MigrationListener listener, Step step, BooleanSupplier attempt) {
        int attempts = Math.max(1, transaction.lockAttempts());
        Duration pause = FIRST_PAUSE;
        for (int n = 1; ; n++) {
            try {
                return attempt.getAsBoolean();
            } catch (RevisionFailedException failure) {
                Optional<String> timedOut = failure.leftChanges() ? Optional.empty() : transaction.lockTimeout(failure);
                if (timedOut.isEmpty()) {
                    throw failure;
                }
                if (n >= attempts) {
                    throw failure.afterLockTimeouts(n, timedOut.get());
                }
                listener.stepRetrying(step, n + 1, attempts, pause);
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting to run a revision again after a lock timeout");
        }
    }
}
