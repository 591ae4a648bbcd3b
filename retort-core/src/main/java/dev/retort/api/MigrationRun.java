package dev.retort.api;

import dev.retort.dialect.JdbcSession;
import dev.retort.history.HistoryStore;
import dev.retort.ops.Migration;
import dev.retort.revision.Plan;
import dev.retort.revision.Step;
import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.script.MigrationLoader;
import dev.retort.script.ScriptDirectory;
import dev.retort.spi.FileBackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One upgrade or downgrade on an open database, in the order that keeps a failure cheap: plan, check the
 * starting state, compile and read every revision, then back up, then run, then drop the backup where the
 * settings say a successful run needs none.
 */
final class MigrationRun {
    private final ScriptDirectory scripts;
    private final MigrationLoader loader;
    private final Database db;
    private final RunOptions options;

    MigrationRun(ScriptDirectory scripts, MigrationLoader loader, Database db, RunOptions options) {
        this.scripts = scripts;
        this.loader = loader;
        this.db = db;
        this.options = options;
    }

    /** Whether {@code file} is a database file with something in it (null: not a file database). */
    static boolean hasData(Path file) {
        try {
            return file != null && Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    MigrationResult run(String target, boolean up, boolean hadData) {
        JdbcSession session = new JdbcSession(db.connection(), options.progress());
        Migrator migrator = new Migrator(scripts, loader, db, session, options.listener());
        Plan plan = up ? migrator.planUpgrade(target) : migrator.planDowngrade(target);
        migrator.checkStartingState();
        // Every revision compiles and reads before a backup is written or anything runs.
        Map<String, Migration> prepared = migrator.prepare(plan);
        Path backup = null;
        FileBackups backups = db.backups().orElse(null);
        if (!plan.steps().isEmpty() && options.backup() && backups != null && backups.automatic() && hadData) {
            backup = backups.create(db.connection(), false);
            options.listener().backupWritten(backup);
        }
        List<Step> done = migrator.run(plan, prepared);
        if (backup != null && backups.discardAfterSuccess(backup)) {
            options.listener().backupDiscarded(backup);
            backup = null;
        }
        return new MigrationResult(done, backup, new HistoryStore(db.dialect()).versions(db.connection()));
    }
}
