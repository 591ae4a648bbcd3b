package dev.retort.api;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One result worked out ahead of time on a thread of its own, for the next caller to take: a command line reads
 * the revisions while it parses its arguments. Taken once; a failure counts as nothing taken, so the taker does
 * the work again and reports what fails the way it always does.
 */
final class ReadAhead<T> {
    private final AtomicReference<FutureTask<T>> pending = new AtomicReference<>();

    void start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        pending.set(task);
        thread.start();
    }

    /** The result, waiting for it if need be; null when nothing was started, it was taken, or it failed. */
    T take() {
        FutureTask<T> task = pending.getAndSet(null);
        if (task == null) {
            return null;
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
