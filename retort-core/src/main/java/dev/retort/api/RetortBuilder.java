package dev.retort.api;

import dev.retort.config.JdbcUrls;
import dev.retort.spi.DialectRegistry;
import dev.retort.config.RetortConfig;
import dev.retort.error.UsageException;
import dev.retort.script.ResourceRoot;
import dev.retort.script.ScriptLocation;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Retort}: where the revisions are, and which database. For an application whose build compiled
 * its revisions (retort-maven-plugin):
 * <pre>{@code
 * Retort retort = Retort.builder()
 *         .dataSource(dataSource)
 *         .locations("classpath:db/retort")
 *         .build();
 * retort.upgrade("heads");
 * }</pre>
 * Without {@link #locations}, revisions are read from the configuration's script location (a source folder, as
 * the command line reads it).
 */
public final class RetortBuilder {
    private RetortConfig base;
    private Path projectDir;
    private String url;
    private String user;
    private String password;
    private DataSource dataSource;
    private final List<String> locations = new ArrayList<>();
    private ClassLoader classLoader;

    RetortBuilder() {
    }

    /** Starts from a configuration (e.g. read from {@code retort.toml}); the other setters override it. */
    public RetortBuilder config(RetortConfig config) {
        this.base = Objects.requireNonNull(config, "config");
        return this;
    }

    /** Where relative paths ({@code filesystem:} locations, SQLite files) resolve; default the working directory. */
    public RetortBuilder projectDir(Path dir) {
        this.projectDir = Objects.requireNonNull(dir, "dir").toAbsolutePath();
        return this;
    }

    /** The database's JDBC URL; Retort opens its own connection. */
    public RetortBuilder url(String jdbcUrl) {
        this.url = jdbcUrl;
        return this;
    }

    /** The user for {@link #url} (a server database); default: the one in the URL, if any. */
    public RetortBuilder user(String user) {
        this.user = user;
        return this;
    }

    /** The password for {@link #user}; it is never printed. */
    public RetortBuilder password(String password) {
        this.password = password;
        return this;
    }

    /** The application's pool; Retort borrows one connection per call. Replaces {@link #url}. */
    public RetortBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /**
     * Where revisions are: {@code classpath:db/retort} (compiled by the build, read through the class loader, also
     * from a jar) or {@code filesystem:migrations} (a source folder with {@code versions/}, or compiled revisions
     * with a {@code retort.index}). Several locations make one graph. Without a prefix, a location is on the class
     * path.
     */
    public RetortBuilder locations(String... locations) {
        return locations(Arrays.asList(locations));
    }

    /** {@link #locations(String...)} from a list, as configuration properties give them. */
    public RetortBuilder locations(List<String> locations) {
        this.locations.clear();
        for (String location : locations) {
            this.locations.add(Objects.requireNonNull(location, "location"));
        }
        return this;
    }

    /** The class loader {@code classpath:} locations are read through; default the thread's context class loader. */
    public RetortBuilder classLoader(ClassLoader loader) {
        this.classLoader = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /** The Retort these settings describe. */
    public Retort build() {
        if (dataSource != null && url != null) {
            throw new UsageException("give Retort a DataSource or a URL, not both");
        }
        Path dir = projectDir != null ? projectDir : base != null ? base.projectDir() : Path.of("").toAbsolutePath();
        RetortConfig.Builder config = RetortConfig.builder().projectDir(dir);
        if (base != null) {
            config.scriptLocation(base.scriptLocation()).models(base.models());
            base.dialectSettings().forEach(config::dialectSettings);
        }
        String jdbcUrl = url != null ? url : base == null ? null : base.url();
        config.url(jdbcUrl == null ? null : JdbcUrls.withCredentials(DialectRegistry.installed().resolveRelative(jdbcUrl, dir), user,
                password));
        List<ScriptLocation> parsed = new ArrayList<>();
        for (String location : locations) {
            parsed.add(ScriptLocation.parse(location, dir));
        }
        if (parsed.size() == 1 && isSourceFolder(parsed.get(0))) {
            // A folder of sources is what the command line reads: every verb works on it, as configured.
            config.scriptLocation(parsed.get(0).folder());
            parsed.clear();
        }
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        return new Retort(config.build(), dataSource, parsed, loader == null ? Retort.class.getClassLoader() : loader);
    }

    private static boolean isSourceFolder(ScriptLocation location) {
        return !location.classpath() && !Files.isRegularFile(location.folder().resolve(ResourceRoot.INDEX));
    }
}
