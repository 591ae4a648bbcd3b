package dev.retort.verify.lint;

import java.util.List;

/**
 * What {@code retort lint} found.
 *
 * @param findings  in order: project findings, then each revision's in topological order, by line
 * @param revisions how many revisions were linted
 * @param database  the database consulted for rows, or null when none was reachable
 */
public record LintReport(List<Finding> findings, int revisions, String database) {
    public LintReport {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** Errors fail; warnings fail only when {@code strict}. */
    public boolean fails(boolean strict) {
        return errors() > 0 || strict && warnings() > 0;
    }

    /** {@code 5 revisions linted: 1 error, 2 warnings}. */
    public String summary() {
        String counts = findings.isEmpty() ? "no problems"
                : plural(errors(), "error") + ", " + plural(warnings(), "warning");
        return plural(revisions, "revision") + " linted: " + counts
                + (database == null ? " (no database reachable: rows were not checked)" : "");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
