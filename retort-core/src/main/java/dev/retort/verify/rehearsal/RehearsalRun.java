package dev.retort.verify.rehearsal;

import dev.retort.error.RetortException;
import dev.retort.history.HistoryStore;
import dev.retort.revision.Direction;
import dev.retort.revision.Plan;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.Step;
import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.RevisionFailedException;
import dev.retort.script.MigrationLoader;
import dev.retort.script.ScriptDirectory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of a rehearsal on one copy. {@link #upThroughPending()} takes every revision the copy does not
 * have yet up, down and up again, in topological order, on top of the copy's data, which leaves the copy at
 * head. {@link #downAndUpApplied()} takes the revisions the copy has down and up again one at a time, newest
 * first, each taken down afterwards so the one before it can be reached. The two run on separate copies, so a
 * failed pending revision cannot leave debris in the schema that earlier revisions are then tested on. Each
 * step runs through the {@link Migrator}, one revision per transaction, exactly as {@code upgrade} and
 * {@code downgrade} do.
 */
final class RehearsalRun {
    private final Database database;
    private final RevisionGraph graph;
    private final Migrator migrator;
    private final HistoryStore history;
    private final Map<String, Trial> trials;
    private final Set<String> appliedAtStart;
    /** Revisions the walk took down after their own test, oldest first (the order they go up in): what may have left something behind. */
    private final List<Revision> takenDown = new ArrayList<>();

    /** @param trials one per revision, in topological order, shared by the runs of one rehearsal */
    RehearsalRun(Database database, ScriptDirectory scripts, MigrationLoader loader, Map<String, Trial> trials) {
        this.database = database;
        this.graph = scripts.graph();
        this.history = new HistoryStore(database.dialect());
        this.migrator = Migrator.quiet(scripts, loader, database);
        this.trials = trials;
        this.appliedAtStart = applied();
    }

    /** One fresh trial per revision, in topological order. */
    static Map<String, Trial> trials(ScriptDirectory scripts) {
        Map<String, Trial> trials = new LinkedHashMap<>();
        for (Revision revision : scripts.graph().topological()) {
            trials.put(revision.id(), new Trial(revision, scripts.script(revision.id()).file()));
        }
        return trials;
    }

    /** Whether the copy had revisions applied when the run began (there is something to take down). */
    boolean hadApplied() {
        return !appliedAtStart.isEmpty();
    }

    /** Up, down, up for each revision the copy does not have, in topological order. */
    void upThroughPending() {
        for (Trial trial : trials.values()) {
            Revision revision = trial.revision();
            if (appliedAtStart.contains(revision.id())) {
                continue;
            }
            List<String> missing = missingPrerequisites(revision, applied());
            if (!missing.isEmpty()) {
                trial.skip("needs " + String.join(", ", missing) + ", which did not go up");
                continue;
            }
            trial.tested(true);
            upDownUp(trial);
        }
    }

    private void upDownUp(Trial trial) {
        Revision revision = trial.revision();
        Snapshot beforeUp = Snapshot.take(database);
        String error = step(revision, Direction.UP);
        if (error != null) {
            trial.upFailed("upgrade: " + error);
            return;
        }
        Snapshot afterUp = Snapshot.take(database);
        violations(trial, Direction.UP, "after the upgrade", beforeUp, afterUp);
        trial.upOk();
        error = step(revision, Direction.DOWN);
        if (error != null) {
            trial.downFailed("downgrade: " + error);
            return;
        }
        Snapshot afterDown = Snapshot.take(database);
        schema(trial, Direction.DOWN, "the downgrade does not undo the upgrade", beforeUp, afterDown);
        violations(trial, Direction.DOWN, "after the downgrade", beforeUp, afterDown);
        trial.rows("after upgrade and downgrade", SnapshotDiff.rows(beforeUp.rows(), afterUp.rows(), afterDown.rows()));
        trial.downOk();
        error = step(revision, Direction.UP);
        if (error != null) {
            trial.upFailed("upgrade after the downgrade: " + error);
            return;
        }
        Snapshot again = Snapshot.take(database);
        schema(trial, Direction.UP, "the second upgrade gives another schema than the first", afterUp, again);
        violations(trial, Direction.UP, "after the second upgrade", afterUp, again);
        trial.rows("after the second upgrade", SnapshotDiff.rows(afterUp.rows(), afterDown.rows(), again.rows()));
    }

    /** Whether every revision is applied: the copy is at head. */
    boolean atHead() {
        return applied().size() == trials.size();
    }

    /** Down and up for each revision the copy had, newest first, on the copy's own data. */
    void downAndUpApplied() {
        List<Revision> newestFirst = new ArrayList<>(trials.values().stream().map(Trial::revision).toList());
        Collections.reverse(newestFirst);
        for (Revision revision : newestFirst) {
            if (appliedAtStart.stream().allMatch(id -> trials.get(id).tested())) {
                return;
            }
            Set<String> applied = applied();
            if (!applied.contains(revision.id())) {
                continue;
            }
            Trial trial = trials.get(revision.id());
            boolean toTest = appliedAtStart.contains(revision.id()) && !trial.tested();
            if (!canGoDown(revision, applied)) {
                if (toTest) {
                    trial.skip("a later revision could not be taken down, so this one could not either");
                }
                continue;
            }
            if (toTest) {
                trial.tested(true);
                if (!downUp(trial)) {
                    continue;
                }
            }
            if (applied().contains(revision.id())) {
                String error = step(revision, Direction.DOWN);
                if (error != null) {
                    trial.problem("taking it down to reach earlier revisions failed: " + error);
                } else {
                    takenDown.add(0, revision);
                }
            }
        }
    }

    /** Returns false when the downgrade failed, so the revision is still applied and cannot be passed. */
    private boolean downUp(Trial trial) {
        Revision revision = trial.revision();
        Snapshot before = Snapshot.take(database);
        String error = step(revision, Direction.DOWN);
        if (error != null) {
            trial.downFailed("downgrade: " + error);
            return false;
        }
        Snapshot afterDown = Snapshot.take(database);
        violations(trial, Direction.DOWN, "after the downgrade", before, afterDown);
        trial.downOk();
        error = step(revision, Direction.UP);
        if (error != null) {
            trial.upFailed("upgrade after the downgrade: " + error);
            return true;
        }
        Snapshot again = Snapshot.take(database);
        if (!SnapshotDiff.schema(before.schema(), again.schema()).isEmpty() && !blameLeftovers()) {
            schema(trial, Direction.DOWN, "downgrade and upgrade leave another schema than before", before, again);
        }
        violations(trial, Direction.UP, "after the upgrade", afterDown, again);
        trial.rows("after downgrade and upgrade", SnapshotDiff.rows(before.rows(), afterDown.rows(), again.rows()));
        trial.upOk();
        return true;
    }

    /**
     * The schema a revision found before its down and up step differs from the one it leaves, and the revision
     * itself may not be at fault: what it found is what the later revisions' down steps left. Each of those goes
     * up and down again, oldest first, on the schema this revision's upgrade just made; one whose down step does
     * not give back the schema its up step started from is blamed, with the difference. Afterwards they are all
     * down again, as the walk needs them. Returns whether one was blamed.
     */
    private boolean blameLeftovers() {
        List<Revision> reapplied = new ArrayList<>();
        boolean blamed = false;
        for (Revision later : takenDown) {
            if (!missingPrerequisites(later, applied()).isEmpty()) {
                break;
            }
            Snapshot found = Snapshot.take(database);
            if (step(later, Direction.UP) != null) {
                break;
            }
            if (step(later, Direction.DOWN) != null) {
                reapplied.add(later);
                break;
            }
            List<String> left = SnapshotDiff.schema(found.schema(), Snapshot.take(database).schema());
            if (!left.isEmpty()) {
                trials.get(later.id()).downFailed("the downgrade does not undo the upgrade, which the rehearsal "
                        + "found going down and up again: " + String.join("; ", left));
                blamed = true;
                break;
            }
            if (step(later, Direction.UP) != null) {
                break;
            }
            reapplied.add(later);
        }
        for (int i = reapplied.size() - 1; i >= 0; i--) {
            step(reapplied.get(i), Direction.DOWN);
        }
        return blamed;
    }

    private void schema(Trial trial, Direction blamed, String what, Snapshot expected, Snapshot actual) {
        List<String> differences = SnapshotDiff.schema(expected.schema(), actual.schema());
        if (!differences.isEmpty()) {
            fail(trial, blamed, what + ": " + String.join("; ", differences));
        }
    }

    private void violations(Trial trial, Direction blamed, String when, Snapshot before, Snapshot after) {
        List<String> added = SnapshotDiff.newViolations(before.violations(), after.violations());
        if (!added.isEmpty()) {
            fail(trial, blamed, "foreign key check " + when + ": " + String.join(", ", added));
        }
    }

    private static void fail(Trial trial, Direction blamed, String problem) {
        if (blamed == Direction.UP) {
            trial.upFailed(problem);
        } else {
            trial.downFailed(problem);
        }
    }

    /** Runs one revision in one direction, in its own transaction. Returns null, or why it failed. */
    private String step(Revision revision, Direction direction) {
        try {
            List<Step> done = migrator.run(new Plan(List.of(new Step(revision, direction))));
            return done.isEmpty() ? "Retort found " + revision.id() + " already " + (direction == Direction.UP
                    ? "applied" : "not applied") + " on the copy" : null;
        } catch (RevisionFailedException e) {
            // The report names the revision and its file already; keep what went wrong.
            return e.getCause() instanceof RetortException cause ? cause.getMessage() : e.getMessage();
        } catch (RetortException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    /** A revision can go down alone when nothing applied builds on it or depends on it. */
    private boolean canGoDown(Revision revision, Set<String> applied) {
        if (!graph.headsOf(applied).contains(revision.id())) {
            return false;
        }
        return graph.dependents(revision.id()).stream().noneMatch(applied::contains);
    }

    private static List<String> missingPrerequisites(Revision revision, Set<String> applied) {
        List<String> missing = new ArrayList<>();
        for (String id : revision.parents()) {
            if (!applied.contains(id)) {
                missing.add(id);
            }
        }
        for (String id : revision.dependsOn()) {
            if (!applied.contains(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    private Set<String> applied() {
        return graph.appliedSet(history.versions(database.connection()));
    }
}
