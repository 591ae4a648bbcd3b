package dev.retort.config;

import java.nio.file.Path;
import java.util.Set;

/**
 * What reading {@code retort.toml} needs to know of the dialects, supplied by the dialect registry: which
 * sections they own, how each reads its own, and how a URL's relative parts resolve. The reader itself knows
 * no dialect, so a dialect added as a jar brings its own section.
 */
public interface ConfigDialects {
    /** The section names the dialects own, e.g. {@code sqlite}. */
    Set<String> sections();

    /** The owning dialect's settings object for {@code section}; throws, naming the line, for a bad value. */
    Object readSettings(Settings section);

    /** A URL with what is relative in it (a database file) resolved against {@code dir}. */
    String resolveRelative(String url, Path dir);

    /** For configurations read without any dialect: no sections, URLs as written. */
    ConfigDialects NONE = new ConfigDialects() {
        @Override
        public Set<String> sections() {
            return Set.of();
        }

        @Override
        public Object readSettings(Settings section) {
            return null;
        }

        @Override
        public String resolveRelative(String url, Path dir) {
            return url;
        }
    };
}
