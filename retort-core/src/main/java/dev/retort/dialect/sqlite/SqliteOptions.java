package dev.retort.dialect.sqlite;

/**
 * How the application uses its SQLite database.
 *
 * @param foreignKeys whether the application runs with {@code PRAGMA foreign_keys=ON}; Retort then checks
 *                    that no revision leaves a dangling reference behind
 */
public record SqliteOptions(boolean foreignKeys) {
    public static final SqliteOptions DEFAULT = new SqliteOptions(true);
}
