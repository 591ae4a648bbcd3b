package dev.retort.verify.rehearsal;

import dev.retort.config.JdbcUrls;
import dev.retort.config.RetortConfig;
import dev.retort.config.Secrets;
import dev.retort.error.RetortException;
import dev.retort.runtime.Database;
import dev.retort.script.MigrationLoader;
import dev.retort.script.ScriptDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code retort test}: the guide's "test against existing data" and "test the downgrade path", done on a
 * throw-away copy of the configured database (or an empty one), never on the database itself: a SQLite
 * file is copied with {@code VACUUM INTO}, a PostgreSQL database with {@code CREATE DATABASE ... TEMPLATE},
 * a MySQL or MariaDB database table by table ({@link MysqlRehearsalDatabase}).
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
        ScriptDirectory scripts = ScriptDirectory.load(config.versionsDir());
        boolean copy = !emptyDatabase && original.exists();
        String what = copy ? "a copy of " + original.describe()
                : emptyDatabase ? "an empty database" : "an empty database (" + original.describe() + " does not exist yet)";
        Map<String, Trial> trials = RehearsalRun.trials(scripts);
        Models models;
        boolean hadApplied;
        try (RehearsalDatabase scratch = copy ? original.copy() : original.empty();
             Database database = Database.open(config.withUrl(scratch.url()))) {
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

    private Original original() {
        String dialect = JdbcUrls.dialectOf(config.url());
        Path file = JdbcUrls.sqliteFile(config.url());
        if (dialect.equals("postgresql")) {
            return onServer(config.url(), PostgresRehearsalDatabase::copyOf, PostgresRehearsalDatabase::empty);
        }
        if (dialect.equals("mysql")) {
            return onServer(config.url(), MysqlRehearsalDatabase::copyOf, MysqlRehearsalDatabase::empty);
        }
        if (!dialect.equals("sqlite") || file == null) {
            throw new RetortException("retort test rehearses on a copy of a SQLite database file or of a PostgreSQL "
                    + "or MySQL database; " + Secrets.redact(config.url()) + " is none of them");
        }
        Path absolute = file.toAbsolutePath();
        return new Original() {
            @Override
            public boolean exists() {
                return Files.exists(absolute);
            }

            @Override
            public String describe() {
                return absolute.toString();
            }

            @Override
            public RehearsalDatabase copy() {
                return DatabaseCopy.of(absolute);
            }

            @Override
            public RehearsalDatabase empty() {
                return DatabaseCopy.empty();
            }
        };
    }

    /** A database on a server: it is there if the URL connects, and its copies are made on the same server. */
    private static Original onServer(String url, Function<String, RehearsalDatabase> copy,
                                     Function<String, RehearsalDatabase> empty) {
        return new Original() {
            @Override
            public boolean exists() {
                return true;
            }

            @Override
            public String describe() {
                return Secrets.redact(url);
            }

            @Override
            public RehearsalDatabase copy() {
                return copy.apply(url);
            }

            @Override
            public RehearsalDatabase empty() {
                return empty.apply(url);
            }
        };
    }
}
