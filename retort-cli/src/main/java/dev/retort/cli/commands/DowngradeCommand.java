package dev.retort.cli.commands;

import dev.retort.api.MigrationResult;
import dev.retort.api.RunOptions;
import picocli.CommandLine.Command;

@Command(name = "downgrade", description = "Revert revisions down to TARGET, newest first, each in its own transaction.")
public final class DowngradeCommand extends MigrateVerb {
    @Override
    String verb() {
        return "downgrade";
    }

    @Override
    String offlineSql() {
        return project().retort().downgradeSql(target);
    }

    @Override
    MigrationResult migrate(RunOptions options) {
        return project().retort().downgrade(target, options);
    }
}
