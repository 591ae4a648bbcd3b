package dev.retort.config;

import dev.retort.error.RetortException;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One section of {@code retort.toml} ({@code [sqlite]}, {@code [postgresql]}, ...), handed to the dialect that
 * owns it. The typed getters name the file and line when a value has the wrong type, so every dialect's
 * settings are checked the same way without the reader knowing any dialect.
 */
public final class Settings {
    private final String section;
    private final Map<String, Object> values;
    private final Path file;
    private final TomlLines lines;

    Settings(String section, Map<String, Object> values, Path file, TomlLines lines) {
        this.section = section;
        this.values = new TreeMap<>(values);
        this.file = file;
        this.lines = lines;
    }

    /** A section nobody wrote: every getter returns its fallback. */
    public static Settings empty(String section) {
        return new Settings(section, Map.of(), null, null);
    }

    /** The section's name, as in {@code [sqlite]}. */
    public String section() {
        return section;
    }

    /** Refuses keys outside {@code known}, naming the line and the keys that are. */
    public void allowOnly(Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw error(key, "unknown key '" + key + "' in [" + section + "]; known keys: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** A string value, or {@code fallback} when the key is not there. */
    public String string(String key, String fallback) {
        return value(key, String.class, "a string in quotes", fallback);
    }

    /** A string that must be one of {@code choices}. */
    public String choice(String key, String fallback, Set<String> choices) {
        String value = string(key, fallback);
        if (!choices.contains(value)) {
            throw error(key, "[" + section + "] " + key + " must be " + String.join(" or ",
                    choices.stream().sorted().map(c -> "\"" + c + "\"").toList()) + ", not \"" + value + "\"");
        }
        return value;
    }

    /** A true-or-false value, or {@code fallback} when the key is not there. */
    public boolean bool(String key, boolean fallback) {
        return value(key, Boolean.class, "true or false", fallback);
    }

    /** A whole number of zero or more. */
    public int count(String key, int fallback) {
        Number number = value(key, Number.class, "a whole number", fallback);
        if (number.intValue() < 0) {
            throw error(key, section + "." + key + " must be a whole number, not " + number);
        }
        return number.intValue();
    }

    private <T> T value(String key, Class<T> type, String expected, T fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!type.isInstance(value)) {
            throw error(key, section + "." + key + " must be " + expected + ", not " + value);
        }
        return type.cast(value);
    }

    /** An error about {@code key}, at {@code file:line} when the section came from a file. */
    public RetortException error(String key, String message) {
        if (file == null) {
            return new RetortException(message);
        }
        OptionalInt line = lines.keyLine(section, key);
        return new RetortException((line.isPresent() ? file + ":" + line.getAsInt() : file.toString()) + ": " + message);
    }
}
