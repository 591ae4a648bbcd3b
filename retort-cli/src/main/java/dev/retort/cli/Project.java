package dev.retort.cli;

import dev.retort.config.ConfigFile;
import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.config.Secrets;

import java.nio.file.Path;

/** The project a command works on: its configuration and a {@link Retort} for it. */
public record Project(RetortConfig config, Retort retort) {

    static Project locate(Path configFile, String urlOverride, Secrets secrets) {
        Path file = configFile != null ? configFile : Path.of(ConfigFile.FILE_NAME);
        RetortConfig config = Retort.loadConfig(file.toAbsolutePath(), urlOverride, System.getenv());
        // Known from the start, the password is masked wherever it shows up, even on its own.
        secrets.register(config.url());
        return new Project(config, Retort.open(config));
    }

    /** A path as people in the project would type it: relative to the project directory. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
