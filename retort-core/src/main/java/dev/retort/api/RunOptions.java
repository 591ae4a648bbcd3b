package dev.retort.api;

import dev.retort.dialect.Progress;
import dev.retort.runtime.MigrationListener;

/**
 * How to run an upgrade or downgrade.
 *
 * @param backup   whether to back up a SQLite file first (when the config asks for automatic backups)
 * @param listener told about each step
 * @param progress shows long copies
 */
public record RunOptions(boolean backup, MigrationListener listener, Progress progress) {
    /** Back up a SQLite file first, report nothing, show no progress. */
    public static final RunOptions DEFAULTS = new RunOptions(true, MigrationListener.SILENT, Progress.NONE);

    /** The same options, backing up first or not. */
    public RunOptions withBackup(boolean value) {
        return new RunOptions(value, listener, progress);
    }

    /** The same options, reporting to {@code value}. */
    public RunOptions withListener(MigrationListener value) {
        return new RunOptions(backup, value, progress);
    }

    /** The same options, reporting long table copies to {@code value}. */
    public RunOptions withProgress(Progress value) {
        return new RunOptions(backup, listener, value);
    }
}
