package dev.retort.api;

import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import dev.retort.error.RetortException;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code retort.toml}. Precedence, highest first: the command line ({@code --url}), the
 * environment ({@code RETORT_URL}), the file. Relative paths resolve against the file's directory.
 */
public final class ConfigFile {
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
        Config toml;
        try (Reader reader = Files.newBufferedReader(file)) {
            toml = new TomlParser().parse(reader);
        } catch (ParsingException e) {
            throw new RetortException(file + ": not valid TOML: " + oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new RetortException(file + ": cannot read: " + e.getMessage());
        }
        checkKeys(file, toml);
        Path dir = file.toAbsolutePath().getParent();
        String url = firstNonBlank(urlOverride, environment.get("RETORT_URL"), string(file, toml, "retort.url"));
        String scripts = string(file, toml, "retort.script_location");
        String models = string(file, toml, "retort.models");
        RetortConfig.SqliteSettings defaults = RetortConfig.SqliteSettings.DEFAULTS;
        boolean foreignKeys = bool(file, toml, "sqlite.foreign_keys", defaults.foreignKeys());
        String backup = string(file, toml, "sqlite.backup");
        if (backup == null) {
            backup = defaults.backup();
        } else if (!backup.equals("auto") && !backup.equals("off")) {
            throw new RetortException(file + ": [sqlite] backup must be \"auto\" or \"off\", not \"" + backup + "\"");
        }
        int keep = integer(file, toml, "sqlite.keep_backups", defaults.keepBackups());
        return RetortConfig.builder()
                .projectDir(dir)
                .scriptLocation(Path.of(scripts == null ? "migrations" : scripts))
                .url(url == null ? null : JdbcUrls.resolveRelative(url, dir))
                .models(models == null ? null : Path.of(models))
                .sqlite(new RetortConfig.SqliteSettings(foreignKeys, backup, keep))
                .build();
    }

    private static void checkKeys(Path file, Config toml) {
        for (Config.Entry entry : toml.entrySet()) {
            String section = entry.getKey();
            Set<String> known = switch (section) {
                case "retort" -> RETORT_KEYS;
                case "sqlite" -> SQLITE_KEYS;
                default -> throw new RetortException(file + ": unknown section [" + section
                        + "]; Retort reads [retort] and [sqlite]");
            };
            if (!(entry.getValue() instanceof Config table)) {
                throw new RetortException(file + ": " + section + " must be a section, like [" + section + "]");
            }
            for (Config.Entry key : table.entrySet()) {
                if (!known.contains(key.getKey())) {
                    throw new RetortException(file + ": unknown key '" + key.getKey() + "' in [" + section
                            + "]; known keys: " + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }
    }

    private static String string(Path file, Config toml, String path) {
        return value(file, toml, path, String.class, "a string in quotes", null);
    }

    private static boolean bool(Path file, Config toml, String path, boolean fallback) {
        return value(file, toml, path, Boolean.class, "true or false", fallback);
    }

    private static int integer(Path file, Config toml, String path, int fallback) {
        Number number = value(file, toml, path, Number.class, "a whole number", fallback);
        if (number.intValue() < 0) {
            throw new RetortException(file + ": " + path + " must be a whole number, not " + number);
        }
        return number.intValue();
    }

    /** The value at {@code path}, or {@code fallback} when absent; a value of another type names what it must be. */
    private static <T> T value(Path file, Config toml, String path, Class<T> type, String expected, T fallback) {
        Object value = toml.get(path);
        if (value == null) {
            return fallback;
        }
        if (!type.isInstance(value)) {
            throw new RetortException(file + ": " + path + " must be " + expected + ", not " + value);
        }
        return type.cast(value);
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
