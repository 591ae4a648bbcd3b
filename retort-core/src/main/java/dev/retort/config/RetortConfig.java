package dev.retort.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Retort needs to run, immutable. Build one with {@link #builder()} or read it from
 * {@code retort.toml} with {@link ConfigFile}.
 *
 * @param projectDir      where relative paths resolve (the directory of retort.toml)
 * @param scriptLocation  the migrations directory; revisions live in its {@code versions/} folder
 * @param url             the JDBC URL (may carry a password; print it only through {@link Secrets#redact})
 * @param models          the source of the target schema for autogenerate and check, or null
 * @param dialectSettings each dialect's own settings object by dialect name ({@code [sqlite]} in retort.toml);
 *                        a dialect with none here uses its defaults
 */
public record RetortConfig(Path projectDir, Path scriptLocation, String url, Path models,
                           Map<String, Object> dialectSettings) {

    /** Checks the parts every configuration needs. */
    public RetortConfig {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(scriptLocation, "scriptLocation");
        dialectSettings = Map.copyOf(Objects.requireNonNull(dialectSettings, "dialectSettings"));
    }

    /** The settings of dialect {@code name}, when they were given and are of {@code type}. */
    public <T> Optional<T> dialectSettings(String name, Class<T> type) {
        Object settings = dialectSettings.get(name);
        return type.isInstance(settings) ? Optional.of(type.cast(settings)) : Optional.empty();
    }

    /** Records print every component; this one may hold a password. */
    @Override
    public String toString() {
        return "RetortConfig[projectDir=" + projectDir + ", scriptLocation=" + scriptLocation + ", url="
                + Secrets.redactUrl(url) + ", models=" + models + ", dialectSettings=" + dialectSettings + "]";
    }

    /** The folder the revision files are in: {@code versions/} of the script location. */
    public Path versionsDir() {
        return scriptLocation.resolve("versions");
    }

    /** The same configuration on another database. */
    public RetortConfig withUrl(String newUrl) {
        return new RetortConfig(projectDir, scriptLocation, newUrl, models, dialectSettings);
    }

    /** A builder whose project directory is the working directory and whose script location is {@code migrations}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RetortConfig}; relative paths resolve against the project directory (the working one by default). */
    public static final class Builder {
        private Path projectDir = Path.of("").toAbsolutePath();
        private Path scriptLocation;
        private String url;
        private Path models;
        private final Map<String, Object> dialectSettings = new LinkedHashMap<>();

        /** Where relative paths resolve. */
        public Builder projectDir(Path dir) {
            this.projectDir = dir.toAbsolutePath();
            return this;
        }

        /** The migrations folder, holding {@code versions/}. */
        public Builder scriptLocation(Path dir) {
            this.scriptLocation = dir;
            return this;
        }

        /** The JDBC URL. */
        public Builder url(String jdbcUrl) {
            this.url = jdbcUrl;
            return this;
        }

        /** The source of the target schema: JPA entities, a SchemaModel .java file, or a schema .sql file. */
        public Builder models(Path source) {
            this.models = source;
            return this;
        }

        /** The settings object of dialect {@code name} (its own type, e.g. the SQLite dialect's settings record). */
        public Builder dialectSettings(String name, Object settings) {
            this.dialectSettings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /** The configuration, with its paths resolved. */
        public RetortConfig build() {
            Path scripts = scriptLocation == null ? projectDir.resolve("migrations") : projectDir.resolve(scriptLocation);
            Path modelsPath = models == null ? null : projectDir.resolve(models);
            return new RetortConfig(projectDir, scripts.normalize(), url, modelsPath, dialectSettings);
        }
    }
}
