package dev.retort.verify.lint;

import dev.retort.verify.lint.LockChange.ConstraintAdded;
import dev.retort.verify.lint.LockChange.ConstraintValidated;

import java.util.List;

/**
 * Adding a foreign key or check checks every existing row while writes wait. Added {@code NOT VALID}, it
 * only applies to new rows, and {@code VALIDATE CONSTRAINT} checks the old ones later under a lock that lets
 * writes through; but only if the two run in different transactions, since a lock is held until commit.
 * Retort writes the constraints an operation adds to an existing table in these two statements, so the
 * operations are fine where the revision runs without a transaction.
 */
final class ConstraintNotValidRule implements LintRule {
    static final Rule RULE = new Rule("L004", "constraint-not-valid",
            "a foreign key or check added to an existing table checks every row while writes to the table wait",
            "add it NOT VALID, then VALIDATE CONSTRAINT in a later revision, or in one whose header says "
                    + "`Transaction: none` (there Retort's createForeignKey/createCheckConstraint commit each step)");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        if (!context.locks().validatesConstraintsSeparately()) {
            return;
        }
        LockScan scan = LockScan.of(revision);
        for (LockScan.Found<ConstraintAdded> found : scan.onExistingTables(ConstraintAdded.class)) {
            LockScan.Entry entry = found.entry();
            ConstraintAdded added = found.change();
            String what = (added.foreignKey() ? "foreign key" : "check") + (added.name() == null ? "" : " "
                    + added.name()) + " on " + entry.table();
            if (!entry.statement().written()) {
                if (scan.transactional()) {
                    out.add(finding(revision, entry.line(), Severity.WARNING, what + " is written NOT VALID and "
                            + "then validated, but both in the revision's transaction, which holds the first lock "
                            + "through the validation"));
                }
            } else if (!added.notValid()) {
                out.add(finding(revision, entry.line(), Severity.WARNING, what + " is added without NOT VALID: "
                        + "every row is checked while writes to " + entry.table() + " wait"));
            } else if (scan.transactional() && validatedLater(scan.entries(), found.index(), added.name())) {
                out.add(finding(revision, entry.line(), Severity.WARNING, what + " is added NOT VALID and "
                        + "validated in the same transaction, which holds the first lock through the validation"));
            }
        }
    }

    private static boolean validatedLater(List<LockScan.Entry> entries, int after, String name) {
        for (int i = after + 1; i < entries.size(); i++) {
            for (LockChange change : entries.get(i).statement().changes()) {
                if (change instanceof ConstraintValidated validated && (name == null || validated.name().equalsIgnoreCase(name))) {
                    return true;
                }
            }
        }
        return false;
    }
}
