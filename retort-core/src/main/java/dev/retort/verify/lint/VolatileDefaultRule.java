package dev.retort.verify.lint;

import dev.retort.verify.lint.LockChange.ColumnAdded;

import java.util.List;

/**
 * A column added with a constant (or merely stable, like {@code now()}) default is a catalog change; with a
 * default that differs per row ({@code random()}, {@code gen_random_uuid()}, {@code clock_timestamp()}) the
 * server must compute it for every existing row, rewriting the table while reads and writes wait.
 */
final class VolatileDefaultRule implements LintRule {
    static final Rule RULE = new Rule("L002", "volatile-default",
            "a column added to an existing table with a volatile default rewrites every row while the table is locked",
            "add the column without a default (or with a constant one), then SET DEFAULT in a second statement (it "
                    + "applies to new rows only), and fill the existing rows in batches");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        for (LockScan.Found<ColumnAdded> found : LockScan.of(revision).onExistingTables(ColumnAdded.class)) {
            ColumnAdded added = found.change();
            String table = found.entry().table();
            if (context.locks().defaultRewritesTable(added.serverDefault())) {
                out.add(finding(revision, found.entry().line(), Severity.WARNING, "column " + table + "."
                        + added.column() + " is added with DEFAULT " + added.serverDefault() + ", computed for each "
                        + "row: " + table + " is rewritten while reads and writes wait"));
            }
        }
    }
}
