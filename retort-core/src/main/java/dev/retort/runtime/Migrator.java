package dev.retort.runtime;

import dev.retort.spi.Capability;
import dev.retort.spi.Dialect;
import dev.retort.dialect.CommitGroup;
import dev.retort.dialect.RevisionTransaction;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;
import dev.retort.history.HistoryStore;
import dev.retort.history.LogEntry;
import dev.retort.ops.Migration;
import dev.retort.revision.AppliedState;
import dev.retort.revision.Direction;
import dev.retort.revision.Plan;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.Step;
import dev.retort.script.MigrationLoader;
import dev.retort.script.RetortVersion;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.TransactionHeader;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves a database from its current revisions to a target, one revision per transaction. The plan is
 * made once, up front, and every step re-reads the version inside the lock: a step another runner
 * already applied is skipped, so parallel runners apply each revision exactly once.
 */
public final class Migrator {
    private final ScriptDirectory scripts;
    private final RevisionGraph graph;
    private final SqlSession session;
    private final HistoryStore history;
    private final StepRunner runner;
    private final RevisionTransaction transaction;
    private final MigrationListener listener;
    /** False on MySQL: a revision that fails half-way leaves a dirty mark instead of rolling back. */
    private final boolean transactionalDdl;
    private final Dialect dialect;
    private final CarriedState carried;
    /** Per revision id, whether it runs in a transaction (its header's {@code Transaction:} line). */
    private final Map<String, Boolean> inTransaction = new java.util.HashMap<>();
    /** Without a connection (--sql on a server database), the versions as the printed script leaves them. */
    private List<String> offlineVersions;

    public Migrator(ScriptDirectory scripts, MigrationLoader loader, Database database, SqlSession session,
                    MigrationListener listener) {
        this(scripts, loader, database.dialect(), session, listener, null);
    }

    private Migrator(ScriptDirectory scripts, MigrationLoader loader, Dialect dialect, SqlSession session,
                     MigrationListener listener, List<String> offlineVersions) {
        this.scripts = scripts;
        this.graph = scripts.graph();
        this.carried = new CarriedState(graph);
        this.session = session;
        this.history = new HistoryStore(dialect);
        this.runner = new StepRunner(loader, dialect);
        this.transaction = dialect.revisionTransaction();
        this.transactionalDdl = dialect.has(Capability.TRANSACTIONAL_DDL);
        this.dialect = dialect;
        this.listener = listener;
        this.offlineVersions = offlineVersions;
    }

    /**
     * A migrator for a session without any database ({@code --sql} where no scratch copy is needed, as on
     * PostgreSQL): it starts from {@code versions} and keeps track of them itself instead of reading them.
     */
    public static Migrator withoutDatabase(ScriptDirectory scripts, MigrationLoader loader, Dialect dialect,
                                           SqlSession session, MigrationListener listener, List<String> versions) {
        return new Migrator(scripts, loader, dialect, session, listener, List.copyOf(versions));
    }

    /** A migrator on the live connection that reports nothing: for stamping, checks, replays and rehearsals. */
    public static Migrator quiet(ScriptDirectory scripts, MigrationLoader loader, Database database) {
        return new Migrator(scripts, loader, database, new dev.retort.dialect.JdbcSession(database.connection(),
                dev.retort.dialect.Progress.NONE), MigrationListener.SILENT);
    }

    /** The steps an upgrade to {@code target} would take from the database's current revisions. */
    public Plan planUpgrade(String target) {
        return graph.upgradePlan(versions(), target);
    }

    public Plan planDowngrade(String target) {
        return graph.downgradePlan(versions(), target);
    }

    /** Refuses to go on from a state a person must look at first. */
    public void checkStartingState() {
        // Under the lock: a runner applying a revision marks it first, and that mark is not a failure while it runs.
        transaction.lockSession(session);
        try {
            refuseIfDirty();
        } finally {
            transaction.unlockSession(session);
        }
        List<String> changed = changedAppliedRevisions();
        if (!changed.isEmpty()) {
            RevisionScript script = scripts.script(changed.get(0));
            throw new RetortException(script.location() + ": revision " + script.id() + " was applied, and its file "
                    + "changed since; restore the file from version control, or if the edit is intended, record it "
                    + "with `retort stamp " + script.id() + "`");
        }
    }

    /**
     * Revisions that failed half-way earlier and are not repaired yet (MySQL); empty without a database, and for a
     * printed script, whose scratch database never holds a mark (marks are written by online runs only).
     */
    public List<DirtyRevision> dirtyRevisions() {
        return session.connection() == null || session.offline() ? List.of()
                : DirtyRevision.in(history.dirtyEntries(session.connection()), graph, dirtyCause());
    }

    private void refuseIfDirty() {
        List<DirtyRevision> dirty = dirtyRevisions();
        if (!dirty.isEmpty()) {
            throw new RetortException(dirty.get(0).refusal());
        }
    }

    /** Applied revisions whose file no longer has the checksum it had when it ran. */
    public List<String> changedAppliedRevisions() {
        Set<String> applied = graph.appliedSet(history.versions(session.connection()));
        Map<String, String> recorded = history.appliedChecksums(session.connection());
        List<String> changed = new ArrayList<>();
        for (String id : graph.topological().stream().map(r -> r.id()).toList()) {
            String checksum = recorded.get(id);
            if (applied.contains(id) && checksum != null && scripts.contains(id)
                    && !scripts.script(id).checksumMatches(checksum)) {
                changed.add(id);
            }
        }
        return changed;
    }

    /**
     * Reads and compiles every revision the plan runs, before anything is written: a revision that cannot run
     * (a compile error, a refused statement) stops the run with the database and its backups as they were.
     */
    public Map<String, Migration> prepare(Plan plan) {
        List<RevisionScript> planned = plan.steps().stream().map(step -> step.revision().id()).distinct()
                .map(scripts::script).toList();
        runner.precompile(planned);
        List<Migration> loaded = runner.prepareAll(planned);
        Map<String, Migration> prepared = new java.util.LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            prepared.put(planned.get(i).id(), loaded.get(i));
        }
        return prepared;
    }

    /** Runs the plan. Returns the steps that this runner applied (others may have been done by another). */
    public List<Step> run(Plan plan) {
        return run(plan, prepare(plan));
    }

    /** Runs the plan with its revisions {@link #prepare prepared} already. */
    public List<Step> run(Plan plan, Map<String, Migration> prepared) {
        ensureHistoryTables();
        List<Step> done = new ArrayList<>();
        try (CommitGroup group = transaction.commitGroup(session)) {
            for (Step step : plan.steps()) {
                RevisionScript script = scripts.script(step.revision().id());
                Migration migration = prepared.get(step.revision().id());
                if (LockRetries.run(transaction, listener, step, () -> runStep(step, script, migration))) {
                    done.add(step);
                } else {
                    listener.stepSkipped(step);
                }
            }
        }
        return done;
    }

    /** The applied heads, read inside the caller's transaction (and lock) when there is a database. */
    private List<String> versions() {
        return offlineVersions != null ? offlineVersions : history.versions(session.connection());
    }

    private void ensureHistoryTables() {
        if (session.connection() != null && history.exists(session.connection())
                || offlineVersions != null && !offlineVersions.isEmpty()) {
            return;
        }
        transaction.begin(session);
        try {
            history.ensureTables(session);
            transaction.commit(session);
        } catch (RuntimeException e) {
            transaction.rollback(session);
            throw e;
        }
    }

    /** {@code Transaction: none}: two short transactions (mark, versions) around it, under the session's lock. */
    private boolean runStep(Step step, RevisionScript script, Migration migration) {
        if (inTransaction.computeIfAbsent(step.revision().id(), id -> TransactionHeader.runsInTransaction(script))) {
            return runStep(step, script, migration, true);
        }
        transaction.lockSession(session);
        try {
            return runStep(step, script, migration, false);
        } finally {
            transaction.unlockSession(session);
        }
    }

    private boolean runStep(Step step, RevisionScript script, Migration migration, boolean inTransaction) {
        String id = step.revision().id();
        WatchedSession watched = new WatchedSession(session);
        Instant started = Instant.now();
        boolean marked = false;
        boolean ran = false;
        // A printed script has no state to read first: a revision outside a transaction is printed bare.
        boolean begun = inTransaction || !session.offline();
        if (begun) {
            transaction.begin(session);
        }
        try {
            List<String> before = versions();
            // Again inside the lock: a runner that was waiting for it may find the mark another one just left.
            refuseIfDirty();
            AppliedState state = carried.of(before);
            boolean up = step.direction() == Direction.UP;
            if (up == state.isApplied(id)) {
                transaction.rollback(session);
                return false;
            }
            listener.stepStarting(step, String.join(", ", before));
            started = Instant.now();
            marked = markBeforeRunning(step, script, started, inTransaction);
            if (!inTransaction && begun) {
                transaction.commit(session);
            }
            long clock = System.nanoTime();
            try {
                runner.run(migration, step, watched, inTransaction);
            } catch (RetortException e) {
                throw new RevisionFailedException(step, script.file().getFileName().toString(), e.getMessage(), e);
            }
            ran = true;
            if (!inTransaction) {
                transaction.begin(session);
            }
            // The rows move as Alembic moves them, so either tool can go on from what the other wrote.
            AppliedState next = state.after(step);
            List<String> after = next.heads();
            history.moveVersions(session, before, after);
            if (offlineVersions != null) {
                offlineVersions = List.copyOf(after);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - clock);
            if (marked) {
                history.finishMarked(session, id, took.toMillis());
            } else {
                // A script printed for later knows neither how long a step will take nor who will run it.
                boolean offline = session.offline();
                history.log(session, new LogEntry(id, up ? "up" : "down", script.checksum(), started,
                        offline ? null : took.toMillis(), RetortVersion.get(), offline ? null : runner(), LogEntry.OK));
            }
            transaction.commit(session);
            carried.moved(next);
            listener.stepFinished(step, took);
            return true;
        } catch (RuntimeException e) {
            transaction.rollback(session);
            if (e instanceof RevisionFailedException failure && leftChanges(watched, inTransaction)) {
                throw markDirty(step, script, started, failure);
            }
            if (marked && !ran) {
                // Nothing ran, so nothing is half-applied: the mark written before the revision comes off again.
                unmark(id);
            }
            throw e;
        }
    }

    /**
     * Where DDL commits as it runs, the dirty mark is written, and committed, before the revision's first
     * statement: a runner killed at any moment of the revision leaves the mark, and the next run refuses to go on
     * over a half-applied schema. The finished step turns the mark into its ok row.
     */
    private boolean markBeforeRunning(Step step, RevisionScript script, Instant started, boolean inTransaction) {
        if (!marksBeforeRunning(inTransaction)) {
            return false;
        }
        history.log(session, new LogEntry(step.revision().id(), step.direction() == Direction.UP ? "up" : "down",
                script.checksum(), started, 0L, RetortVersion.get(), runner(), LogEntry.DIRTY));
        if (inTransaction) {
            transaction.checkpoint(session);
        }
        return true;
    }

    private static String runner() {
        return System.getProperty("user.name");
    }

    private boolean marksBeforeRunning(boolean inTransaction) {
        return (!transactionalDdl || !inTransaction) && session.connection() != null && !session.offline();
    }

    private void unmark(String revision) {
        transaction.begin(session);
        try {
            history.removeDirty(session, revision);
            transaction.commit(session);
        } catch (RuntimeException e) {
            transaction.rollback(session);
            throw e;
        }
    }

    /** Where DDL cannot roll back, a revision that ran anything before failing has left part of itself. */
    private boolean leftChanges(WatchedSession watched, boolean inTransaction) {
        return (!transactionalDdl || !inTransaction) && session.connection() != null && !session.offline()
                && (inTransaction ? watched.mayHaveChangedSomething() : watched.sentAnything());
    }

    /** Why a dirty mark's changes stayed: the dialect's DDL, or (where DDL rolls back) the revision's header. */
    private String dirtyCause() {
        return transactionalDdl ? "it ran outside a transaction, as its header's 'Transaction: none' asks"
                : dialect.displayName() + " commits DDL as it goes";
    }

    /**
     * Keeps the dirty mark written before the revision ran, or, where the revision's own SQL took it away (its log
     * table dropped, say), writes it again in its own transaction, so the next run refuses to go past it.
     */
    private RevisionFailedException markDirty(Step step, RevisionScript script, Instant started,
                                              RevisionFailedException failure) {
        String direction = step.direction() == Direction.UP ? "up" : "down";
        if (dirtyRevisions().stream().anyMatch(d -> d.revision().equals(step.revision().id()))) {
            return failure.leftDirty(DirtyRevision.of(step.revision().id(), direction, graph, dirtyCause()));
        }
        transaction.begin(session);
        try {
            history.log(session, new LogEntry(step.revision().id(), direction, script.checksum(), started,
                    Duration.between(started, Instant.now()).toMillis(), RetortVersion.get(), runner(), LogEntry.DIRTY));
            transaction.commit(session);
        } catch (RuntimeException e) {
            transaction.rollback(session);
            return failure.leftUnmarked(e, dirtyCause());
        }
        return failure.leftDirty(DirtyRevision.of(step.revision().id(), direction, graph, dirtyCause()));
    }

    /** Sets the version rows to {@code target} without running anything (for a database made by other means). */
    public List<String> stamp(String target, boolean purge) {
        ensureHistoryTables();
        transaction.begin(session);
        try {
            List<String> before = history.versions(session.connection());
            List<String> targets = StampRows.targets(graph, target);
            List<String> rows = StampRows.after(graph, before, target, targets, purge);
            history.moveVersions(session, before, rows);
            // Stamping says what state the schema is in, which is how a person clears a dirty mark.
            for (DirtyRevision dirty : dirtyRevisions()) {
                history.clearDirty(session, dirty.revision());
            }
            for (String id : targets) {
                history.log(session, new LogEntry(id, "stamp", scripts.script(id).checksum(), Instant.now(),
                        session.offline() ? null : 0L, RetortVersion.get(), session.offline() ? null : runner(), LogEntry.OK));
            }
            transaction.commit(session);
            return rows;
        } catch (RuntimeException e) {
            transaction.rollback(session);
            throw e;
        }
    }
}
