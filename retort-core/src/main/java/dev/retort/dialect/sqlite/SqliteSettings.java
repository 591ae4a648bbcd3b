package dev.retort.dialect.sqlite;

import dev.retort.config.Settings;

import java.util.Set;

/**
 * How the application uses its SQLite database: the {@code [sqlite]} section of retort.toml.
 *
 * @param foreignKeys whether the application runs with {@code PRAGMA foreign_keys=ON}; Retort then checks
 *                    that no revision leaves a dangling reference behind
 * @param backup      "auto" (a copy before each changing upgrade/downgrade) or "off"
 * @param keepBackups how many automatic backups to keep
 */
public record SqliteSettings(boolean foreignKeys, String backup, int keepBackups) {
    public static final SqliteSettings DEFAULT = new SqliteSettings(true, "auto", 5);
    private static final Set<String> KEYS = Set.of("foreign_keys", "backup", "keep_backups");

    /** Foreign keys as given, backups as by default. */
    public SqliteSettings(boolean foreignKeys) {
        this(foreignKeys, DEFAULT.backup, DEFAULT.keepBackups);
    }

    public boolean autoBackup() {
        return "auto".equals(backup);
    }

    static SqliteSettings read(Settings section) {
        section.allowOnly(KEYS);
        return new SqliteSettings(section.bool("foreign_keys", DEFAULT.foreignKeys),
                section.choice("backup", DEFAULT.backup, Set.of("auto", "off")),
                section.count("keep_backups", DEFAULT.keepBackups));
    }
}
