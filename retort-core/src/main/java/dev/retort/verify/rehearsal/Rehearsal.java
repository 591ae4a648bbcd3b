package dev.retort.verify.rehearsal;

import dev.retort.config.RetortConfig;
import dev.retort.config.Secrets;
import dev.retort.runtime.Database;
import dev.retort.script.MigrationLoader;
import dev.retort.script.ScriptDirectory;
import dev.retort.spi.DialectProvider;
import dev.retort.spi.DialectRegistry;
import dev.retort.spi.RehearsalDatabase;

import java.util.List;
import java.util.Map;

/**
 * {@code retort test}: the guide's "test against existing data" and "test the downgrade path", done on a
 * throw-away copy of the configured database (or an empty one), never on the database itself: each dialect
 * makes its copy its own way ({@link DialectProvider#rehearsalCopy}).
 */
public final class Rehearsal {
    private final RetortConfig config;
    private final MigrationLoader loader;
    private final ModelCheck modelCheck;

    /** @param modelCheck compares the copy at head with the models; {@link ModelCheck#NONE} when there is none */
    public Rehearsal(RetortConfig config, MigrationLoader loader, ModelCheck modelCheck) {
        this.config = config;
        this.loader = loader;
        this.modelCheck = modelCheck;
    }

    /** @param emptyDatabase rehearse on an empty database instead of a copy of the configured one */
    public RehearsalReport run(boolean emptyDatabase) {
        Original original = original();
        boolean copy = !emptyDatabase && original.exists();
        String what = copy ? "a copy of " + original.describe()
                : emptyDatabase ? "an empty database" : "an empty database (" + original.describe() + " does not exist yet)";
        Models models;
        boolean hadApplied;
        ScriptDirectory scripts;
        Map<String, Trial> trials;
        // The scratch database first: a database that cannot be rehearsed on is the first thing to say.
        try (RehearsalDatabase scratch = copy ? original.copy() : original.empty();
             Database database = Database.open(config.withUrl(scratch.url()))) {
            scripts = ScriptDirectory.load(config.versionsDir());
            trials = RehearsalRun.trials(scripts);
            RehearsalRun run = new RehearsalRun(database, scripts, loader, trials);
            hadApplied = run.hadApplied();
            run.upThroughPending();
            models = checkModels(run, database);
        }
        if (hadApplied) {
            // A second copy, as the original is: nothing the pending revisions did (or failed to undo) is in it.
            try (RehearsalDatabase second = original.copy();
                 Database database = Database.open(config.withUrl(second.url()))) {
                new RehearsalRun(database, scripts, loader, trials).downAndUpApplied();
            }
        }
        return new RehearsalReport(what, models.line(), models.differ(), trials.values().stream().map(Trial::result).toList());
    }

    /** The database being rehearsed, and how to get a throw-away copy of it or an empty one of its kind. */
    private interface Original {
        boolean exists();

        String describe();

        RehearsalDatabase copy();

        RehearsalDatabase empty();
    }

    private record Models(String line, boolean differ) {
    }

    /** Compares the copy at head with the models, when there are models and a way to compare. */
    private Models checkModels(RehearsalRun run, Database database) {
        if (config.models() == null) {
            return new Models("not configured", false);
        }
        if (!run.atHead()) {
            return new Models("not checked: the upgrade to head did not finish", false);
        }
        if (modelCheck == ModelCheck.NONE) {
            return new Models("not checked: comparing with the models is not part of this build yet", false);
        }
        List<String> differences = modelCheck.differences(database);
        if (differences.isEmpty()) {
            return new Models("ok", false);
        }
        return new Models(differences.size() + " difference" + (differences.size() == 1 ? "" : "s") + ": "
                + String.join("; ", differences), true);
    }

    /**
     * The configured database, and how to get a throw-away copy of it or an empty one of its kind: a file is
     * there once it exists, a server database is there if the URL connects.
     */
    private Original original() {
        String url = config.url();
        DialectProvider provider = DialectRegistry.installed().forUrl(url);
        String described = provider.databaseFile(url).map(f -> f.toAbsolutePath().toString())
                .orElseGet(() -> Secrets.redactUrl(url));
        return new Original() {
            @Override
            public boolean exists() {
                return provider.exists(url);
            }

            @Override
            public String describe() {
                return described;
            }

            @Override
            public RehearsalDatabase copy() {
                return provider.rehearsalCopy(url);
            }

            @Override
            public RehearsalDatabase empty() {
                return provider.rehearsalEmpty(url);
            }
        };
    }
}
