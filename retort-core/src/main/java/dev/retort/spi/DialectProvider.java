package dev.retort.spi;

import dev.retort.config.RetortConfig;
import dev.retort.config.Settings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * A database family Retort can migrate, found through {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/dev.retort.spi.DialectProvider}), so a new family is a jar on the classpath. It
 * recognises its connections, reads its own {@code retort.toml} section, and makes the {@link Dialect}.
 */
public interface DialectProvider {

    /** The dialect's name: its retort.toml section and what {@code op.execute(name, sql)} says. */
    String name();

    /** The family as people call it in messages: "SQLite". */
    String displayName();

    /** The URL form for messages that list what Retort speaks: {@code jdbc:sqlite:FILE}. */
    String urlForm();

    /** Whether this is the family Retort uses when no URL is given (the embedded default); one provider says so. */
    default boolean isDefault() {
        return false;
    }

    /** Whether {@code url} is one of this family's (by its prefix). */
    boolean acceptsUrl(String url);

    /**
     * Whether a connection whose {@link java.sql.DatabaseMetaData#getDatabaseProductName()} is {@code product}
     * is one of this family's: for wrapping drivers ({@code jdbc:p6spy:}) and pools, whose URL says nothing.
     */
    boolean acceptsProduct(String product);

    /** The URL as this family's bundled driver takes it. */
    default String driverUrl(String url) {
        return url;
    }

    /**
     * Does, ahead of the first connection and on another thread, what that connection would otherwise wait for
     * (a driver's native library, its static tables): a command line calls it while it parses its arguments.
     * Failures are left for the connection to report.
     */
    default void prepareDriver() {
    }

    /**
     * Opens a connection to {@code driverUrl} (as {@link #driverUrl} gives it). A family whose driver ships with it
     * may go to that driver directly: {@link java.sql.DriverManager} first loads and initializes every driver on
     * the class path, which a short command pays for on each run.
     */
    default Connection openConnection(String driverUrl, Properties properties) throws SQLException {
        return DriverManager.getConnection(driverUrl, properties);
    }

    /** The URL with a relative database file made absolute against {@code dir}. */
    default String resolveRelative(String url, Path dir) {
        return url;
    }

    /** The database file of a URL for a family whose database is a file; empty for servers and in-memory ones. */
    default Optional<Path> databaseFile(String url) {
        return Optional.empty();
    }

    /** Reads this dialect's section of retort.toml, refusing unknown keys and bad values with their line. */
    Object readSettings(Settings section);

    /** The dialect speaking to {@code connection}, which it sets up for Retort's work (e.g. SQLite pragmas). */
    Dialect connect(Connection connection, RetortConfig config) throws SQLException;

    /** The dialect with no database to ask, for writing SQL offline ({@code --sql}) and for reading models. */
    Dialect offline(RetortConfig config);

    /**
     * A private, empty database of this family that revisions can be replayed on while writing SQL offline
     * ({@link Capability#OFFLINE_NEEDS_SCRATCH_DATABASE}); families without the need throw.
     */
    default Connection openOfflineScratch() throws SQLException {
        throw new UnsupportedOperationException(displayName() + " writes offline SQL without a scratch database");
    }

    /**
     * Whether a database with something to read is at {@code url}, found without creating one: a file may not
     * exist yet, and a database in memory is empty when opened. A server's database counts as there.
     */
    default boolean exists(String url) {
        return true;
    }

    /** A throw-away copy of the database at {@code url}, for {@code retort test}; the original is only read. */
    RehearsalDatabase rehearsalCopy(String url);

    /** A throw-away empty database of this family, beside the one at {@code url} where it is a server. */
    RehearsalDatabase rehearsalEmpty(String url);

    /** The backups of the database at {@code url}, for a family whose database is a file. */
    default Optional<FileBackups> backups(String url, RetortConfig config) {
        return Optional.empty();
    }
}
