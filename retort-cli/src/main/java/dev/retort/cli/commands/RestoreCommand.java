package dev.retort.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "restore", description = "Put a backup back in place of the SQLite database file (the newest "
        + "when FILE is not given). The current file is backed up first.")
public final class RestoreCommand extends Verb {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The backup to restore.")
    Path backup;

    @Option(names = "--list", description = "List the backups, newest first, and restore nothing.")
    boolean list;

    @Override
    public Integer call() {
        if (list) {
            List<Path> backups = project().retort().backups();
            backups.forEach(b -> out().println(project().display(b)));
            if (backups.isEmpty()) {
                err().println("no backups yet; `retort backup` writes one");
            }
            return 0;
        }
        Path previous = project().retort().restore(backup == null ? null : backup.toAbsolutePath());
        if (previous != null) {
            out().println("Backup of the replaced file: " + project().display(previous));
        }
        out().println("Restored " + project().display(project().retort().databaseFile()));
        return 0;
    }
}
