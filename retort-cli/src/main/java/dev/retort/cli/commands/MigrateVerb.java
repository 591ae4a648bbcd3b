package dev.retort.cli.commands;

import dev.retort.api.MigrationResult;
import dev.retort.api.RunOptions;
import dev.retort.cli.output.ConsoleListener;
import dev.retort.cli.output.ConsoleProgress;
import dev.retort.cli.output.Json;
import dev.retort.cli.output.JsonShapes;
import dev.retort.error.UsageException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What upgrade and downgrade share: a target, --sql, and how the run is reported. */
abstract class MigrateVerb extends Verb {
    @Parameters(paramLabel = "TARGET", description = "head, heads, base or a revision (full or partial id, or "
            + "label), optionally after LABEL@ or REV@ and followed by +N/-N (LABEL@head, LABEL@base+2, REV+1, "
            + "head-1); or +N/-N, LABEL@+N, LABEL@-N from where the database is. With --sql also a range "
            + "FROM:TARGET, where FROM may list several revisions (a,b:TARGET).")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it; the database is not touched.")
    boolean sql;

    @Option(names = "--no-backup", description = "Do not back up the SQLite file first.")
    boolean noBackup;

    @Option(names = "--json", description = "Print JSON, for tools (docs/json.md); not with --sql.")
    boolean json;

    abstract String offlineSql();

    abstract MigrationResult migrate(RunOptions options);

    abstract String verb();

    @Override
    public Integer call() {
        if (sql && json) {
            throw new UsageException("--json reports a run on the database; --sql prints the SQL instead: choose one");
        }
        if (sql) {
            out().print(offlineSql());
            out().flush();
            return 0;
        }
        requireOneTarget();
        if (json) {
            // Only the JSON on stdout, so tools can read it whole: no step lines, no progress bar.
            MigrationResult result = migrate(RunOptions.DEFAULTS.withBackup(!noBackup));
            out().println(Json.write(JsonShapes.migration(verb(), target, result, project()::display)));
            out().flush();
            return 0;
        }
        report(migrate(options(!noBackup)), "Nothing to " + verb() + ": already at " + target);
        return 0;
    }

    /** A run on the database goes to one target: a range FROM:TARGET only makes sense for printed SQL. */
    private void requireOneTarget() {
        if (target.contains(":")) {
            throw new UsageException("a range like " + target + " is for --sql (it says where the printed script "
                    + "starts); to run on the database, give one target, e.g. " + target.substring(target.indexOf(':') + 1));
        }
    }

    RunOptions options(boolean backup) {
        return RunOptions.DEFAULTS
                .withBackup(backup)
                .withListener(new ConsoleListener(out(), project()::display))
                .withProgress(ConsoleProgress.forThisTerminal());
    }

    void report(MigrationResult result, String nothingToDo) {
        if (result.steps().isEmpty()) {
            out().println(nothingToDo);
        }
        out().println(result.current().isEmpty() ? "Database is at base (no revision applied)"
                : "Database is at " + String.join(", ", result.current()));
    }
}
