package dev.retort.verify.lint;

import dev.retort.verify.lint.LockChange.ConstraintAdded;
import dev.retort.verify.lint.LockChange.ConstraintValidated;
import dev.retort.verify.lint.LockChange.NotNullSet;

import java.util.List;

/**
 * {@code SET NOT NULL} reads the whole table, under a lock that stops reads and writes, to prove it has no
 * nulls, unless a validated {@code CHECK (column IS NOT NULL)} proves it already. The check is added
 * {@code NOT VALID} and validated without blocking writes; that only helps when the add commits before the
 * validation. Retort writes a column made NOT NULL on an existing table through such a check.
 */
final class SetNotNullRule implements LintRule {
    static final Rule RULE = new Rule("L005", "set-not-null-scan",
            "SET NOT NULL on an existing table scans every row while reads and writes wait, unless a validated check "
                    + "already proves it",
            "first ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID and commit, then VALIDATE CONSTRAINT c, SET NOT "
                    + "NULL and DROP CONSTRAINT c (what alterColumn(..., change().notNull()) writes in a revision whose "
                    + "header says `Transaction: none`)");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        if (!context.locks().setNotNullScansTable()) {
            return;
        }
        LockScan scan = LockScan.of(revision);
        for (LockScan.Found<NotNullSet> found : scan.onExistingTables(NotNullSet.class)) {
            LockScan.Entry entry = found.entry();
            String column = entry.table() + "." + found.change().column();
            if (!entry.statement().written()) {
                if (scan.transactional()) {
                    out.add(finding(revision, entry.line(), Severity.WARNING, column + " is made NOT NULL through a "
                            + "check, but all in the revision's transaction, which holds the check's lock through "
                            + "its validation"));
                }
            } else if (!provenEarlier(scan.entries(), found.index(), scan.transactional())) {
                out.add(finding(revision, entry.line(), Severity.WARNING, "SET NOT NULL on " + column + " with no "
                        + "validated check before it: " + entry.table() + " is scanned while reads and writes wait"));
            }
        }
    }

    /**
     * Whether a VALIDATE CONSTRAINT on the same table comes before {@code at}; in one transaction, only of a
     * check this revision did not add (else the add's lock is still held).
     */
    private static boolean provenEarlier(List<LockScan.Entry> entries, int at, boolean transactional) {
        String table = entries.get(at).table();
        for (int i = 0; i < at; i++) {
            for (LockChange change : entries.get(i).statement().changes()) {
                if (change instanceof ConstraintValidated validated && table.equalsIgnoreCase(entries.get(i).table())
                        && !(transactional && addedHere(entries, at, table, validated.name()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean addedHere(List<LockScan.Entry> entries, int before, String table, String name) {
        for (int i = 0; i < before; i++) {
            for (LockChange change : entries.get(i).statement().changes()) {
                if (change instanceof ConstraintAdded added && table.equalsIgnoreCase(entries.get(i).table())
                        && added.name() != null && added.name().equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
