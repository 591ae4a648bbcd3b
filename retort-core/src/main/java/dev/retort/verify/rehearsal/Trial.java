package dev.retort.verify.rehearsal;

import dev.retort.revision.Revision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One revision's result while the rehearsal is under way; {@link #result()} freezes it. */
final class Trial {
    private final Revision revision;
    private final Path file;
    private final List<String> problems = new ArrayList<>();
    private final List<String> lostRows = new ArrayList<>();
    private String up = "-";
    private String down = "-";
    private boolean rowsCompared;
    private String skipped;
    private boolean tested;

    Trial(Revision revision, Path file) {
        this.revision = revision;
        this.file = file;
    }

    Revision revision() {
        return revision;
    }

    boolean tested() {
        return tested || skipped != null;
    }

    void tested(boolean value) {
        tested = value;
    }

    void upOk() {
        up = up.equals("FAIL") ? up : "ok";
    }

    void downOk() {
        down = down.equals("FAIL") ? down : "ok";
    }

    void upFailed(String problem) {
        up = "FAIL";
        problems.add(problem);
    }

    void downFailed(String problem) {
        down = "FAIL";
        problems.add(problem);
    }

    /** Row counts were compared; {@code differences} are the tables that did not keep theirs. */
    void rows(String when, List<String> differences) {
        rowsCompared = true;
        if (!differences.isEmpty()) {
            lostRows.addAll(differences);
            problems.add("rows not kept " + when + ": " + String.join(", ", differences));
        }
    }

    void problem(String problem) {
        problems.add(problem);
    }

    void skip(String why) {
        if (skipped == null && !tested) {
            skipped = why;
        }
    }

    RevisionResult result() {
        String rows = !rowsCompared ? "-" : lostRows.isEmpty() ? "yes" : "NO (" + String.join(", ", lostRows) + ")";
        String verdict;
        List<String> all = new ArrayList<>(problems);
        if (skipped != null && !tested) {
            verdict = "skipped";
            all.add(0, "skipped: " + skipped);
        } else {
            verdict = problems.isEmpty() ? "ok" : "FAIL";
        }
        return new RevisionResult(revision.id(), file, up, down, rows, verdict, all);
    }
}
