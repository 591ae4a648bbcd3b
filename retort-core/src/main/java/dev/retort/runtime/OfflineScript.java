package dev.retort.runtime;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.JdbcSession;
import dev.retort.dialect.Progress;
import dev.retort.history.HistoryStore;
import dev.retort.spi.Capability;
import dev.retort.spi.Dialect;
import dev.retort.spi.DialectProvider;
import dev.retort.spi.DialectRegistry;
import dev.retort.error.UsageException;
import dev.retort.revision.Direction;
import dev.retort.revision.Plan;
import dev.retort.revision.Step;
import dev.retort.script.MigrationLoader;
import dev.retort.script.ScriptDirectory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the SQL of an upgrade or downgrade instead of running it ({@code --sql}). The user's database
 * is never opened: the starting point is the range's start (or base), replayed on a scratch database.
 */
public final class OfflineScript {
    private final ScriptDirectory scripts;
    private final MigrationLoader loader;
    private final RetortConfig config;

    public OfflineScript(ScriptDirectory scripts, MigrationLoader loader, RetortConfig config) {
        this.scripts = scripts;
        this.loader = loader;
        this.config = config;
    }

    /** @param range {@code TARGET} (from base) or {@code FROM:TARGET}; FROM may list several revisions, a,b */
    public String upgrade(String range) {
        String[] parts = split(range);
        String from = parts.length == 2 ? parts[0] : "base";
        String to = parts.length == 2 ? parts[1] : parts[0];
        return generate(from, to, Direction.UP);
    }

    /** @param range {@code FROM:TARGET}; offline there is no database to say where a downgrade starts */
    public String downgrade(String range) {
        String[] parts = split(range);
        if (parts.length != 2) {
            throw new UsageException("downgrade --sql needs a range FROM:TARGET (e.g. head:base), because the "
                    + "database is not read in --sql mode");
        }
        return generate(parts[0], parts[1], Direction.DOWN);
    }

    private String generate(String from, String to, Direction direction) {
        DialectProvider provider = DialectRegistry.installed().forUrlOrDefault(config.url());
        Dialect dialect = provider.offline(config);
        List<String> start = startRows(from);
        if (!dialect.has(Capability.OFFLINE_NEEDS_SCRATCH_DATABASE)) {
            return withoutDatabase(dialect, start, to, direction);
        }
        StringBuilder out = new StringBuilder();
        try (Database scratch = Database.offlineScratch(provider, config)) {
            if (!start.isEmpty()) {
                Migrator replay = Migrator.quiet(scripts, loader, scratch);
                for (String row : start) {
                    replay.run(replay.planUpgrade(row));
                }
                // The range's start is the version rows themselves, as Alembic takes it, whatever the replay wrote.
                HistoryStore history = new HistoryStore(scratch.dialect());
                history.moveVersions(new JdbcSession(scratch.connection(), Progress.NONE),
                        history.versions(scratch.connection()), start);
            }
            OfflineSession session = new OfflineSession(scratch.connection(), out);
            Migrator migrator = new Migrator(scripts, loader, scratch, session, new MigrationListener() {
                @Override
                public void stepStarting(Step step, String current) {
                    session.comment(StepLabel.of(step));
                }
            });
            Plan plan = direction == Direction.UP ? migrator.planUpgrade(to) : migrator.planDowngrade(to);
            migrator.run(plan);
        }
        return out.toString();
    }

    /**
     * The version rows a printed script starts from: {@code base} (none), one target that names a revision,
     * or several separated by commas, for a database at several heads.
     */
    private List<String> startRows(String from) {
        if (from.isBlank() || from.trim().equals("base")) {
            return List.of();
        }
        Set<String> rows = new LinkedHashSet<>();
        for (String part : from.split(",")) {
            if (part.isBlank()) {
                throw new UsageException("the start of the range '" + from + "' has an empty part; write revisions"
                        + " separated by commas, e.g. ae10,27c6:head");
            }
            rows.add(scripts.graph().resolve(part.trim()));
        }
        return List.copyOf(rows);
    }

    /**
     * Where every operation renders on its own (no table rebuild that reads a table's shape), the SQL is
     * written straight from the revisions, with no database at all. What can only be learned from a database,
     * such as the name a server gave an unnamed constraint, fails naming the revision.
     */
    private String withoutDatabase(Dialect dialect, List<String> start, String to, Direction direction) {
        StringBuilder out = new StringBuilder();
        OfflineSession session = new OfflineSession(null, out);
        Migrator migrator = Migrator.withoutDatabase(scripts, loader, dialect, session, new MigrationListener() {
            @Override
            public void stepStarting(Step step, String current) {
                session.comment(StepLabel.of(step));
            }
        }, start);
        Plan plan = direction == Direction.UP ? migrator.planUpgrade(to) : migrator.planDowngrade(to);
        migrator.run(plan);
        return out.toString();
    }

    private static String[] split(String range) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            return new String[]{range};
        }
        return new String[]{range.substring(0, colon), range.substring(colon + 1)};
    }
}
