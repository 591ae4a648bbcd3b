package dev.retort.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything Retort needs to run, immutable. Build one with {@link #builder()} or read it from
 * {@code retort.toml} with {@link ConfigFile}.
 *
 * @param projectDir     where relative paths resolve (the directory of retort.toml)
 * @param scriptLocation the migrations directory; revisions live in its {@code versions/} folder
 * @param url            the JDBC URL (may carry a password; print it only through {@link Secrets#redact})
 * @param models         the source of the target schema for autogenerate and check, or null
 * @param sqlite         SQLite settings
 */
public record RetortConfig(Path projectDir, Path scriptLocation, String url, Path models, SqliteSettings sqlite) {

    /** Checks the parts every configuration needs. */
    public RetortConfig {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(scriptLocation, "scriptLocation");
        Objects.requireNonNull(sqlite, "sqlite");
    }

    /**
     * @param foreignKeys whether the application runs with {@code PRAGMA foreign_keys=ON}
     * @param backup      "auto" (a copy before each changing upgrade/downgrade) or "off"
     * @param keepBackups how many automatic backups to keep
     */
    public record SqliteSettings(boolean foreignKeys, String backup, int keepBackups) {
        /** The defaults {@code retort.toml} documents: foreign keys on, automatic backups, five kept. */
        public static final SqliteSettings DEFAULTS = new SqliteSettings(true, "auto", 5);

        /** Whether a backup is written before each changing upgrade or downgrade. */
        public boolean autoBackup() {
            return "auto".equals(backup);
        }
    }

    /** Records print every component; this one may hold a password. */
    @Override
    public String toString() {
        return "RetortConfig[projectDir=" + projectDir + ", scriptLocation=" + scriptLocation + ", url="
                + Secrets.redact(url) + ", models=" + models + ", sqlite=" + sqlite + "]";
    }

    /** The folder the revision files are in: {@code versions/} of the script location. */
    public Path versionsDir() {
        return scriptLocation.resolve("versions");
    }

    /** The same configuration on another database. */
    public RetortConfig withUrl(String newUrl) {
        return new RetortConfig(projectDir, scriptLocation, newUrl, models, sqlite);
    }

    /** A builder whose project directory is the working directory and whose script location is {@code migrations}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RetortConfig}; relative paths resolve against the project directory. */
    public static final class Builder {
        private Path projectDir = Path.of("").toAbsolutePath();
        private Path scriptLocation;
        private String url;
        private Path models;
        private SqliteSettings sqlite = SqliteSettings.DEFAULTS;

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

        /** SQLite settings. */
        public Builder sqlite(SqliteSettings settings) {
            this.sqlite = settings;
            return this;
        }

        /** The configuration, with its paths resolved. */
        public RetortConfig build() {
            Path scripts = scriptLocation == null ? projectDir.resolve("migrations") : projectDir.resolve(scriptLocation);
            Path modelsPath = models == null ? null : projectDir.resolve(models);
            return new RetortConfig(projectDir, scripts.normalize(), url, modelsPath, sqlite);
        }
    }
}
