package dev.retort.cli.commands;

import dev.retort.config.ConfigFile;
import dev.retort.error.RetortException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "init", description = "Create retort.toml and migrations/versions/ in DIR (default: here).")
public final class InitCommand extends Verb {
    static final String TEMPLATE = """
            [retort]
            script_location = "migrations"        # revisions live in migrations/versions
            url = "jdbc:sqlite:db.sqlite3"         # relative paths are relative to this file
            # models = "models"                    # source of the target schema, for autogenerate and check

            [sqlite]
            foreign_keys = true                    # what the application runs with
            backup = "auto"                        # auto | off: a copy before each changing upgrade/downgrade
            keep_backups = 5
            """;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to create the project.")
    Path directory = Path.of(".");

    @Override
    public Integer call() {
        Path config = directory.resolve(ConfigFile.FILE_NAME);
        if (Files.exists(config)) {
            throw new RetortException(config + ": already exists; this directory is a Retort project already");
        }
        Path versions = directory.resolve("migrations").resolve("versions");
        try {
            Files.createDirectories(versions);
            Files.writeString(config, TEMPLATE);
            Files.writeString(directory.resolve("migrations").resolve(".gitignore"), "");
            Path ignore = directory.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, ".retort-cache/\n*.retort-backup-*\n.*.retort-writing-*\n");
            }
        } catch (IOException e) {
            throw new RetortException(directory + ": cannot create the project: " + e.getMessage());
        }
        out().println("Created " + config.normalize());
        out().println("Created " + versions.normalize() + "/");
        out().println("Next: retort revision -m \"create the first tables\"");
        return 0;
    }
}
