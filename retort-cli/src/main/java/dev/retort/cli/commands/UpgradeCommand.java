package dev.retort.cli.commands;

import dev.retort.api.MigrationResult;
import dev.retort.api.RunOptions;
import picocli.CommandLine.Command;

@Command(name = "upgrade", description = "Apply revisions up to TARGET, each in its own transaction.")
public final class UpgradeCommand extends MigrateVerb {
    @Override
    String verb() {
        return "upgrade";
    }

    @Override
    String offlineSql() {
        return project().retort().upgradeSql(target);
    }

    @Override
    MigrationResult migrate(RunOptions options) {
        return project().retort().upgrade(target, options);
    }
}
