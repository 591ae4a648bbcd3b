package dev.retort.dialect.sqlite;

import dev.retort.error.RetortException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The migration lock of a SQLite database while a revision runs outside a transaction ({@code Transaction: none}):
 * SQLite's write lock lasts one transaction, and such a revision commits statement by statement. It is an OS lock
 * on {@code <database>-retort-lock} beside the file (the place SQLite keeps its own {@code -journal} and
 * {@code -wal}); every runner takes it for a moment before {@code BEGIN IMMEDIATE}, so all wait while a revision
 * outside a transaction holds it. An OS file lock goes with the process, so a killed runner cannot leave it taken.
 * The JVM refuses to lock a file twice, so runners in one process queue first on a semaphore per file.
 */
final class SqliteLockFile {
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long PAUSE_MS = 20;

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private SqliteLockFile(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the database at {@code database}, waiting up to {@code waitMs}. */
    static SqliteLockFile take(Path database, long waitMs) {
        Path file = database.toAbsolutePath().normalize().resolveSibling(database.getFileName() + "-retort-lock");
        Semaphore local = IN_PROCESS.computeIfAbsent(file, f -> new Semaphore(1));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
        try {
            if (!local.tryAcquire(waitMs, TimeUnit.MILLISECONDS)) {
                throw busy(file, waitMs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting for the migration lock " + file);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock;
                while ((lock = channel.tryLock()) == null) {
                    if (System.nanoTime() > deadline) {
                        throw busy(file, waitMs);
                    }
                    Thread.sleep(PAUSE_MS);
                }
                return new SqliteLockFile(local, channel, lock);
            } catch (RuntimeException | IOException | InterruptedException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            local.release();
            throw new RetortException("could not take the migration lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            local.release();
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting for the migration lock " + file);
        } catch (RuntimeException e) {
            local.release();
            throw e;
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel gives the lock back in any case.
        } finally {
            local.release();
        }
    }

    private static RetortException busy(Path file, long waitMs) {
        return new RetortException("could not take the migration lock " + file + " within " + waitMs / 1000 + " s: another"
                + " Retort run is applying a revision outside a transaction; try again when it is done");
    }
}
