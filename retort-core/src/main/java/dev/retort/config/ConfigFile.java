package dev.retort.config;

import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import dev.retort.error.RetortException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code retort.toml}. Precedence, highest first: the command line ({@code --url}), the
 * environment ({@code RETORT_URL}), the file. Relative paths resolve against the file's directory.
 */
public final class ConfigFile {
    /** The file the command line reads by default. */
    public static final String FILE_NAME = "retort.toml";
    private static final Set<String> RETORT_KEYS = Set.of("script_location", "url", "models");
    private static final Set<String> SQLITE_KEYS = Set.of("foreign_keys", "backup", "keep_backups");

    private ConfigFile() {
    }

    /**
     * @param file        the retort.toml to read
     * @param urlOverride {@code --url} from the command line, or null
     * @param environment the process environment (RETORT_URL)
     */
    public static RetortConfig load(Path file, String urlOverride, Map<String, String> environment) {
        if (!Files.isRegularFile(file)) {
            throw new RetortException(file + ": no such configuration file; create one with `retort init`");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new RetortException(file + ": cannot read: " + e.getMessage());
        }
        Source source = new Source(file, new TomlLines(text));
        Config toml;
        try {
            toml = new TomlParser().parse(text);
        } catch (ParsingException e) {
            throw source.error(source.lines.syntaxErrorLine(), "not valid TOML: " + oneLine(e.getMessage()));
        }
        checkKeys(source, toml);
        Path dir = file.toAbsolutePath().getParent();
        String url = firstNonBlank(urlOverride, environment.get("RETORT_URL"), string(source, toml, "retort.url"));
        String scripts = string(source, toml, "retort.script_location");
        String models = string(source, toml, "retort.models");
        RetortConfig.SqliteSettings defaults = RetortConfig.SqliteSettings.DEFAULTS;
        boolean foreignKeys = bool(source, toml, "sqlite.foreign_keys", defaults.foreignKeys());
        String backup = string(source, toml, "sqlite.backup");
        if (backup == null) {
            backup = defaults.backup();
        } else if (!backup.equals("auto") && !backup.equals("off")) {
            throw source.keyError("sqlite.backup", "[sqlite] backup must be \"auto\" or \"off\", not \"" + backup + "\"");
        }
        int keep = integer(source, toml, "sqlite.keep_backups", defaults.keepBackups());
        return RetortConfig.builder()
                .projectDir(dir)
                .scriptLocation(Path.of(scripts == null ? "migrations" : scripts))
                .url(url == null ? null : JdbcUrls.resolveRelative(url, dir))
                .models(models == null ? null : Path.of(models))
                .sqlite(new RetortConfig.SqliteSettings(foreignKeys, backup, keep))
                .build();
    }

    private static void checkKeys(Source source, Config toml) {
        for (Config.Entry entry : toml.entrySet()) {
            String section = entry.getKey();
            Set<String> known = switch (section) {
                case "retort" -> RETORT_KEYS;
                case "sqlite" -> SQLITE_KEYS;
                default -> throw source.error(source.lines.sectionLine(section),
                        "unknown section [" + section + "]; Retort reads [retort] and [sqlite]");
            };
            if (!(entry.getValue() instanceof Config table)) {
                throw source.error(source.lines.keyLine("", section),
                        section + " must be a section, like [" + section + "]");
            }
            for (Config.Entry key : table.entrySet()) {
                if (!known.contains(key.getKey())) {
                    throw source.error(source.lines.keyLine(section, key.getKey()), "unknown key '" + key.getKey()
                            + "' in [" + section + "]; known keys: " + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }
    }

    private static String string(Source source, Config toml, String path) {
        return value(source, toml, path, String.class, "a string in quotes", null);
    }

    private static boolean bool(Source source, Config toml, String path, boolean fallback) {
        return value(source, toml, path, Boolean.class, "true or false", fallback);
    }

    private static int integer(Source source, Config toml, String path, int fallback) {
        Number number = value(source, toml, path, Number.class, "a whole number", fallback);
        if (number.intValue() < 0) {
            throw source.keyError(path, path + " must be a whole number, not " + number);
        }
        return number.intValue();
    }

    /** The value at {@code path}, or {@code fallback} when absent; a value of another type names what it must be. */
    private static <T> T value(Source source, Config toml, String path, Class<T> type, String expected, T fallback) {
        Object value = toml.get(path);
        if (value == null) {
            return fallback;
        }
        if (!type.isInstance(value)) {
            throw source.keyError(path, path + " must be " + expected + ", not " + value);
        }
        return type.cast(value);
    }

    /** The file being read and its lines, so every error can name {@code file:line}. */
    private record Source(Path file, TomlLines lines) {
        RetortException keyError(String dottedPath, String message) {
            int dot = dottedPath.indexOf('.');
            return error(lines.keyLine(dottedPath.substring(0, dot), dottedPath.substring(dot + 1)), message);
        }

        RetortException error(OptionalInt line, String message) {
            String where = line.isPresent() ? file + ":" + line.getAsInt() : file.toString();
            return new RetortException(where + ": " + message);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }
}
