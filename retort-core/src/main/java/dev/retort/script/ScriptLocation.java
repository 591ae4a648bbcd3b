package dev.retort.script;

import dev.retort.error.UsageException;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where revisions come from, as applications spell it: {@code classpath:db/retort} (compiled by the build, read
 * through a class loader, also from inside a jar) or {@code filesystem:migrations} (a folder on disk: either a
 * script location with a {@code versions/} folder of sources, or compiled revisions with a {@code retort.index}).
 * A location without a prefix is a classpath location, as in Flyway.
 *
 * @param classpath true for {@code classpath:}, false for {@code filesystem:}
 * @param path      the resource prefix ({@code db/retort}) or the folder, made absolute
 */
public record ScriptLocation(boolean classpath, String path) {
    /** The prefix of a location on the class path. */
    public static final String CLASSPATH = "classpath:";
    /** The prefix of a location on disk. */
    public static final String FILESYSTEM = "filesystem:";

    /** Checks that the path is there. */
    public ScriptLocation {
        Objects.requireNonNull(path, "path");
    }

    /**
     * Reads a location.
     *
     * @param baseDir where a relative {@code filesystem:} folder resolves
     */
    public static ScriptLocation parse(String location, Path baseDir) {
        String text = Objects.requireNonNull(location, "location").strip();
        if (text.startsWith(FILESYSTEM)) {
            String folder = text.substring(FILESYSTEM.length());
            if (folder.isBlank()) {
                throw new UsageException("location '" + location + "' names no folder; e.g. filesystem:migrations");
            }
            return new ScriptLocation(false, baseDir.resolve(folder).toAbsolutePath().normalize().toString());
        }
        String prefix = text.startsWith(CLASSPATH) ? text.substring(CLASSPATH.length()) : text;
        if (prefix.contains(":")) {
            throw new UsageException("location '" + location + "' has an unknown prefix; use classpath: or filesystem:");
        }
        prefix = prefix.replaceAll("^/+", "").replaceAll("/+$", "");
        if (prefix.isEmpty()) {
            throw new UsageException("location '" + location + "' names no resource folder; e.g. classpath:db/retort");
        }
        return new ScriptLocation(true, prefix);
    }

    /** The folder of a {@code filesystem:} location. */
    public Path folder() {
        if (classpath) {
            throw new IllegalStateException(this + " is on the class path, not a folder");
        }
        return Path.of(path);
    }

    @Override
    public String toString() {
        return (classpath ? CLASSPATH : FILESYSTEM) + path;
    }
}
