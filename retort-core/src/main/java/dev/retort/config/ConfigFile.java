package dev.retort.config;

import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import dev.retort.error.RetortException;
import dev.retort.error.UsageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code retort.toml}. Precedence, highest first: the command line ({@code --url}), the
 * environment ({@code RETORT_URL}), the file. Relative paths resolve against the file's directory.
 */
public final class ConfigFile {
    /** The file the command line reads by default. */
    public static final String FILE_NAME = "retort.toml";
    private static final String RETORT_SECTION = "retort";
    private static final Set<String> RETORT_KEYS = Set.of("script_location", "url", "models");

    private ConfigFile() {
    }

    /**
     * @param file        the retort.toml to read
     * @param urlOverride {@code --url} from the command line, or null
     * @param environment the process environment (RETORT_URL)
     * @param dialects    the sections the dialects own and how they read them
     */
    public static RetortConfig load(Path file, String urlOverride, Map<String, String> environment,
                                    ConfigDialects dialects) {
        if (urlOverride != null && urlOverride.isBlank()) {
            // Most often an unset CI variable: falling back to the file's URL would migrate another database.
            throw new UsageException("--url is empty (an unset variable?); give a JDBC URL, or leave the option out"
                    + " to use RETORT_URL or retort.toml");
        }
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
        Path dir = file.toAbsolutePath().getParent();
        RetortConfig.Builder builder = RetortConfig.builder().projectDir(dir);
        for (Config.Entry entry : toml.entrySet()) {
            String section = entry.getKey();
            if (!section.equals(RETORT_SECTION) && !dialects.sections().contains(section)) {
                throw source.error(source.lines.sectionLine(section), "unknown section [" + section
                        + "]; Retort reads " + knownSections(dialects));
            }
            if (!(entry.getValue() instanceof Config table)) {
                throw source.error(source.lines.keyLine("", section),
                        section + " must be a section, like [" + section + "]");
            }
            Settings settings = new Settings(section, table.valueMap(), file, source.lines);
            if (!section.equals(RETORT_SECTION)) {
                builder.dialectSettings(section, dialects.readSettings(settings));
            }
        }
        Settings retort = toml.get(RETORT_SECTION) instanceof Config table
                ? new Settings(RETORT_SECTION, table.valueMap(), file, source.lines) : Settings.empty(RETORT_SECTION);
        retort.allowOnly(RETORT_KEYS);
        String url = firstNonBlank(urlOverride, environment.get("RETORT_URL"), retort.string("url", null));
        String scripts = retort.string("script_location", "migrations");
        String models = retort.string("models", null);
        return builder
                .scriptLocation(Path.of(scripts))
                .url(url == null ? null : dialects.resolveRelative(url, dir))
                .models(models == null ? null : Path.of(models))
                .build();
    }

    private static String knownSections(ConfigDialects dialects) {
        List<String> names = new ArrayList<>();
        names.add("[" + RETORT_SECTION + "]");
        new TreeSet<>(dialects.sections()).forEach(s -> names.add("[" + s + "]"));
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The file being read and its lines, so every error can name {@code file:line}. */
    private record Source(Path file, TomlLines lines) {
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
