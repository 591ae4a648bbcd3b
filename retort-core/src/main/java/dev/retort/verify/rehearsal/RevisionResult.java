package dev.retort.verify.rehearsal;

import java.nio.file.Path;
import java.util.List;

/**
 * How one revision did in the rehearsal.
 *
 * @param up       "ok", "FAIL", or "-" when not run
 * @param down     "ok", "FAIL", or "-" when not run
 * @param rowsKept "yes", "NO (table: before -> after, ...)", or "-" when not compared
 * @param verdict  "ok", "FAIL", or "skipped" (an earlier failure kept it from running)
 * @param problems what went wrong, one line each, in the order found
 */
public record RevisionResult(String revision, Path file, String up, String down, String rowsKept, String verdict,
                             List<String> problems) {
    public RevisionResult {
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return verdict.equals("FAIL");
    }
}
