package dev.retort.cli.commands;

import picocli.CommandLine.Command;

import java.nio.file.Path;

@Command(name = "backup", description = "Write a consistent copy of the SQLite database file next to it.")
public final class BackupCommand extends Verb {
    @Override
    public Integer call() {
        Path backup = project().retort().backup();
        out().println("Backup: " + project().display(backup));
        return 0;
    }
}
