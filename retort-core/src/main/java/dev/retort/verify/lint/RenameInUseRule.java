package dev.retort.verify.lint;

import dev.retort.verify.lint.LockChange.Renamed;

import java.util.List;

/**
 * During a rolling deploy the instances still running the old code keep reading the old name, so a rename
 * breaks them the moment it commits, however fast it is. A table the same revision created has no such
 * readers.
 */
final class RenameInUseRule implements LintRule {
    static final Rule RULE = new Rule("L006", "rename-in-use",
            "renaming a column or table breaks the application instances still running that read the old name",
            "expand and contract: add the new column (or table, or a view under the new name), write both and "
                    + "backfill, switch the code to the new name, and drop the old one in a later revision");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        if (!LockScan.applies(context)) {
            return;
        }
        for (LockScan.Entry entry : LockScan.of(revision).entries()) {
            if (!entry.existingTable()) {
                continue;
            }
            for (LockChange change : entry.statement().changes()) {
                if (change instanceof Renamed renamed) {
                    String old = renamed.column() == null ? "table " + entry.table()
                            : "column " + entry.table() + "." + renamed.column();
                    out.add(finding(revision, entry.line(), Severity.WARNING, old + " is renamed to " + renamed.newName()
                            + ": code still reading the old name fails from the moment this commits"));
                }
            }
        }
    }
}
