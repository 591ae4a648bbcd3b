package dev.retort.api;

import dev.retort.config.Secrets;
import dev.retort.config.ConfigFile;
import dev.retort.config.RetortConfig;
import dev.retort.autogen.DiffResult;
import dev.retort.error.RetortException;
import dev.retort.error.UsageException;
import dev.retort.history.HistoryStore;
import dev.retort.runtime.Database;
import dev.retort.runtime.DirtyRevision;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.OfflineScript;
import dev.retort.script.MigrationLoader;
import dev.retort.spi.Capability;
import dev.retort.spi.DialectProvider;
import dev.retort.spi.DialectRegistry;
import dev.retort.spi.FileBackups;
import dev.retort.script.NewRevision;
import dev.retort.script.RevisionAuthor;
import dev.retort.script.RevisionRequest;
import dev.retort.script.RevisionCompiler;
import dev.retort.script.ScriptLocation;
import dev.retort.script.ScriptFormat;
import dev.retort.script.ScriptDirectory;
import dev.retort.verify.lint.LintReport;
import dev.retort.verify.rehearsal.ModelCheck;
import dev.retort.verify.rehearsal.Rehearsal;
import dev.retort.verify.rehearsal.RehearsalReport;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * Retort for applications: point it at a database and its revisions, then upgrade at start-up.
 * <pre>{@code
 * Retort.builder().dataSource(dataSource).locations("classpath:db/retort").build().upgrade("heads");
 * Retort.open(RetortConfig.builder().url("jdbc:sqlite:app.db").scriptLocation(Path.of("migrations")).build())
 *       .upgrade("head");
 * }</pre>
 * Each call opens a connection and closes it; revisions are read anew each time. Revisions the build compiled
 * ({@code classpath:} locations) run without a JDK and without writing anything but the database; source folders
 * are compiled in-process, which needs a JDK and a writable {@code .retort-cache}.
 */
public final class Retort {
    private final RetortConfig config;
    private final DataSource dataSource;
    private final Secrets secrets;
    /** Empty: the revisions are the source folder of {@code config}'s script location. */
    private final List<ScriptLocation> locations;
    private final ClassLoader classLoader;
    private final ReadAhead<ScriptDirectory> scriptsAhead = new ReadAhead<>();

    Retort(RetortConfig config, DataSource dataSource, List<ScriptLocation> locations, ClassLoader classLoader) {
        this.config = config;
        this.dataSource = dataSource;
        this.secrets = new Secrets(config.url());
        this.locations = List.copyOf(locations);
        this.classLoader = classLoader;
    }

    /** Settings for a Retort: locations ({@code classpath:}, {@code filesystem:}), a URL or a DataSource. */
    public static RetortBuilder builder() {
        return new RetortBuilder();
    }

    /** Opens Retort on a configuration: its URL, and the source folder of its script location. */
    public static Retort open(RetortConfig config) {
        return new Retort(config, null, List.of(), Retort.class.getClassLoader());
    }

    /** Reads {@code retort.toml} (with RETORT_URL from the environment taking precedence over its url). */
    public static Retort fromConfigFile(Path file) {
        return open(loadConfig(file, null, System.getenv()));
    }

    /**
     * Reads {@code retort.toml} with the sections of the dialects on the classpath.
     *
     * @param urlOverride {@code --url} from the command line, or null
     * @param environment the process environment (RETORT_URL)
     */
    public static RetortConfig loadConfig(Path file, String urlOverride, Map<String, String> environment) {
        return ConfigFile.load(file, urlOverride, environment, DialectRegistry.installed());
    }

    /** Masks this Retort's passwords in text it did not write itself (a driver's message, for example). */
    public Secrets secrets() {
        return secrets;
    }

    /** Runs on the application's own pool; {@code scriptLocation} holds {@code versions/}. */
    public static Retort open(DataSource dataSource, Path scriptLocation) {
        RetortConfig config = RetortConfig.builder().scriptLocation(scriptLocation.toAbsolutePath()).build();
        return new Retort(config, dataSource, List.of(), Retort.class.getClassLoader());
    }

    /** The configuration: URL, script location, models, SQLite settings. */
    public RetortConfig config() {
        return config;
    }

    /** Where the revisions are read: the locations given to the builder, or the script location's source folder. */
    public List<String> locations() {
        return locations.isEmpty() ? List.of(ScriptLocation.FILESYSTEM + config.scriptLocation())
                : locations.stream().map(ScriptLocation::toString).toList();
    }

    /** The revisions and their graph, read now (or taken from {@link #readScriptsAhead}, once). */
    public ScriptDirectory scripts() {
        ScriptDirectory ahead = scriptsAhead.take();
        return ahead != null ? ahead : readScripts();
    }

    /**
     * Starts reading the revisions on a thread of their own, for the next {@link #scripts()} to take: a command
     * line reads them while it parses its arguments, on the second core, instead of after. Harmless when never
     * taken, and a read that fails is done again by the taker, which reports it.
     */
    public void readScriptsAhead() {
        scriptsAhead.start("retort-read-ahead", this::readScripts);
    }

    private ScriptDirectory readScripts() {
        return locations.isEmpty() ? ScriptDirectory.load(config.versionsDir(), cacheDir())
                : ScriptDirectory.load(locations, classLoader);
    }

    /**
     * Compiles the script location's revisions into their classpath form in {@code outputDir} (e.g.
     * {@code target/classes/db/retort}): what retort-maven-plugin's {@code compile-revisions} does. Needs a JDK.
     *
     * @param classpath what the revisions compile against besides Retort (the project's classes and libraries)
     */
    public RevisionCompiler.Result compileRevisions(Path outputDir, List<Path> classpath) {
        return RevisionCompiler.compile(ScriptDirectory.load(config.versionsDir()), outputDir, classpath);
    }

    /** The heads of the revision graph: revisions nothing revises yet. */
    public List<String> heads() {
        return scripts().graph().heads();
    }

    /** The revisions the database is at (its version rows); empty when nothing is applied. */
    public List<String> current() {
        return withDatabaseIfExists(db -> db == null ? List.of() : new HistoryStore(db.dialect()).versions(db.connection()));
    }

    /**
     * {@link #current}, {@link #changedAppliedRevisions} and {@link #dirtyRevisions} together, with the revisions
     * read once and one connection: each of the three on its own reads every revision file and opens the database.
     */
    public DatabaseState state() {
        ScriptDirectory scripts = scripts();
        return withDatabaseIfExists(db -> {
            if (db == null) {
                return new DatabaseState(scripts, List.of(), List.of(), List.of());
            }
            List<String> current = new HistoryStore(db.dialect()).versions(db.connection());
            Migrator migrator = Migrator.quiet(scripts, loader(), db);
            // Only a database with revisions applied can have edited ones.
            return new DatabaseState(scripts, current, current.isEmpty() ? List.of() : migrator.changedAppliedRevisions(),
                    migrator.dirtyRevisions());
        });
    }

    /**
     * Revisions that failed half-way where DDL commits as it goes (MySQL, MariaDB), each with how to clear it;
     * upgrade and downgrade refuse to run while there is one.
     */
    public List<DirtyRevision> dirtyRevisions() {
        ScriptDirectory scripts = scripts();
        return withDatabaseIfExists(db -> db == null ? List.of() : Migrator.quiet(scripts, loader(), db).dirtyRevisions());
    }

    /** Applies revisions up to {@code target} ({@code "head"}, {@code "heads"}, an id, {@code "+1"}, ...). */
    public MigrationResult upgrade(String target) {
        return upgrade(target, RunOptions.DEFAULTS);
    }

    /** Applies revisions up to {@code target}, backing up, reporting and showing progress as {@code options} say. */
    public MigrationResult upgrade(String target, RunOptions options) {
        return migrate(target, options, true);
    }

    /** Reverts revisions down to {@code target} ({@code "-1"}, {@code "base"}, an id, ...). */
    public MigrationResult downgrade(String target) {
        return downgrade(target, RunOptions.DEFAULTS);
    }

    /** Reverts revisions down to {@code target}, as {@code options} say. */
    public MigrationResult downgrade(String target, RunOptions options) {
        return migrate(target, options, false);
    }

    private MigrationResult migrate(String target, RunOptions options, boolean up) {
        ScriptDirectory scripts = scripts();
        // A database this run creates has nothing in it worth a copy: look before opening it creates it.
        boolean hadData = MigrationRun.hasData(databaseFile());
        return withDatabase(db -> new MigrationRun(scripts, loader(), db, options).run(target, up, hadData));
    }

    /** The SQL an upgrade would run; {@code range} is {@code TARGET} (from base) or {@code FROM:TARGET}. */
    public String upgradeSql(String range) {
        return new OfflineScript(scripts(), loader(), config).upgrade(range);
    }

    /** The SQL a downgrade would run; {@code range} is {@code FROM:TARGET}. */
    public String downgradeSql(String range) {
        return new OfflineScript(scripts(), loader(), config).downgrade(range);
    }

    /** Sets the database's revision without running anything. Returns the revisions it is at afterwards. */
    public List<String> stamp(String target, boolean purge) {
        ScriptDirectory scripts = scripts();
        return withDatabase(db -> Migrator.quiet(scripts, loader(), db).stamp(target, purge));
    }

    /** Applied revisions whose files were edited after they ran. */
    public List<String> changedAppliedRevisions() {
        ScriptDirectory scripts = scripts();
        // A database file that does not exist has no applied revisions; opening it would create it.
        return withDatabaseIfExists(db -> db == null ? List.of() : Migrator.quiet(scripts, loader(), db).changedAppliedRevisions());
    }

    /** The differences between the models (retort.toml's {@code models}) and the database. */
    public DiffResult compareModels() {
        return withDatabaseIfExists(db -> ModelComparison.compare(config, db));
    }

    /** Writes an empty revision as {@code request} asks and rewrites {@code versions/HEADS}. Returns the file. */
    public Path createRevision(RevisionRequest request) {
        RevisionAuthor author = new RevisionAuthor(sourceScripts("revision"));
        NewRevision revision = author.plan(request, Instant.now());
        return author.write(revision, request.format(), RevisionAuthor.template(revision, request.format()));
    }

    /** Writes a merge of {@code revisions} ({@code heads}: all; {@code revId} may be null) and rewrites HEADS. */
    public Path merge(List<String> revisions, String message, String revId, List<String> branchLabels) {
        RevisionAuthor author = new RevisionAuthor(sourceScripts("merge"));
        NewRevision revision = author.planMerge(revisions, message, revId, branchLabels, Instant.now());
        return author.write(revision, ScriptFormat.JAVA, RevisionAuthor.template(revision, ScriptFormat.JAVA));
    }

    /** Rewrites {@code versions/HEADS} from the revision files (after one was added or removed by hand). */
    public Path rewriteHeadsFile() {
        return RevisionAuthor.rewriteHeads(sourceScripts("heads --write").versionsDir());
    }

    /** {@link #autogenerate(NewRevision)} for the revision {@code request} asks for, placed as {@link #createRevision} does. */
    public Autogenerated autogenerate(RevisionRequest request) {
        if (request.format() != ScriptFormat.JAVA) {
            throw new UsageException("--autogenerate writes Java revisions; leave out --format sql");
        }
        return autogenerate(new RevisionAuthor(sourceScripts("autogenerate")).plan(request, Instant.now()));
    }

    /**
     * Compares the models with the database and writes the differences as a new revision to review, then
     * rewrites {@code versions/HEADS} as every new revision does.
     * Refuses when the database is not at the heads, since the comparison would then re-propose what
     * unapplied revisions already do. Returns null, writing nothing, when there is no difference.
     */
    public Autogenerated autogenerate(NewRevision revision) {
        ScriptDirectory scripts = sourceScripts("autogenerate");
        return withDatabaseIfExists(db -> ModelRevision.write(config, scripts, db, revision));
    }

    /**
     * A revision autogenerate wrote, and the differences it holds.
     *
     * @param file the revision file written
     * @param diff the differences between the models and the database that it holds
     */
    public record Autogenerated(Path file, DiffResult diff) {
    }

    /** Writes a backup of the database file now. */
    public Path backup() {
        FileBackups backups = fileBackups();
        return withDatabase(db -> backups.create(db.connection(), true));
    }

    /** Puts a backup back (the newest when {@code backup} is null). Returns the backup of the replaced file. */
    public Path restore(Path backup) {
        FileBackups backups = fileBackups();
        Path chosen = backup != null ? backup : backups.newest().orElseThrow(() -> new RetortException(
                "no backups of " + backups.databaseFile() + " yet; `retort backup` writes one"));
        return backups.restore(chosen);
    }

    /** The backups of the database file, newest first. */
    public List<Path> backups() {
        return fileBackups().list();
    }

    /**
     * Checks revision files against the guide's tips (all revisions when {@code revisions} is empty; else ids,
     * prefixes or labels). Reads files only, plus the configured database when it is reachable, never writing.
     */
    public LintReport lint(List<String> revisions) {
        return LintRun.run(config, dataSource, sourceScripts("lint"), loader(), revisions);
    }

    /** {@link #rehearse(boolean, ModelCheck)}, comparing with the configured models when there are any. */
    public RehearsalReport rehearse(boolean emptyDatabase) {
        ModelCheck models = config.models() == null ? ModelCheck.NONE
                : atHead -> ModelComparison.compare(config, atHead).describe();
        return rehearse(emptyDatabase, models);
    }

    /**
     * Rehearses every revision, up, down and up again, on a copy of the configured SQLite database (or on an
     * empty one), checking schema, row counts and foreign keys after each step. The database itself is only read.
     */
    public RehearsalReport rehearse(boolean emptyDatabase, ModelCheck models) {
        if (!locations.isEmpty()) {
            sourceScripts("test");
        }
        if (dataSource != null) {
            throw new RetortException("rehearsing needs the database's URL, to copy its file; open Retort with a RetortConfig");
        }
        return new Rehearsal(config, loader(), models).run(emptyDatabase);
    }

    /** The revisions, which {@code what} needs as source files in a folder (it reads or writes them). */
    private ScriptDirectory sourceScripts(String what) {
        ScriptDirectory scripts = scripts();
        if (scripts.versionsDir() == null || !locations.isEmpty() && what.equals("test")) {
            throw new RetortException(what + " works on revision source files: point Retort at the migrations folder "
                    + "(retort.toml, or filesystem:migrations), not at compiled revisions (" + String.join(", ", locations())
                    + ")");
        }
        return scripts;
    }

    /** The configured database's backups; refuses a database that is not a file, naming the families that have them. */
    private FileBackups fileBackups() {
        DialectRegistry registry = DialectRegistry.installed();
        return registry.forUrl(config.url()).backups(config.url(), config).orElseThrow(() -> {
            String families = registry.providers().stream().filter(p -> p.offline(config).has(Capability.FILE_BACKUPS))
                    .map(DialectProvider::displayName).collect(Collectors.joining(" or "));
            return new RetortException("backups are for " + families + " database files; "
                    + secrets.redact(config.url()) + " is not one (use your server's own backup tools)");
        });
    }

    /** The database file this Retort works on, or null (a server, memory, or the application's pool). */
    public Path databaseFile() {
        if (dataSource != null || config.url() == null) {
            return null;
        }
        return DialectRegistry.installed().find(config.url()).flatMap(p -> p.databaseFile(config.url())).orElse(null);
    }

    private MigrationLoader loader() {
        return new MigrationLoader(cacheDir());
    }

    /** The project's {@code .retort-cache}: compiled revisions and models, and the index of revision headers. */
    private Path cacheDir() {
        return config.projectDir().resolve(".retort-cache");
    }

    /** Like withDatabase, but a database file that does not exist yet is not created: work gets null. */
    private <T> T withDatabaseIfExists(Function<Database, T> work) {
        Path file = databaseFile();
        if (file != null && !Files.exists(file)) {
            return work.apply(null);
        }
        return withDatabase(work);
    }

    private <T> T withDatabase(Function<Database, T> work) {
        try (Database db = dataSource == null ? Database.open(config, secrets)
                : Database.open(dataSource, config, secrets)) {
            return work.apply(db);
        }
    }
}
