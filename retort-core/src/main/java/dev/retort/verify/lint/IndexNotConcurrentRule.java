package dev.retort.verify.lint;

import dev.retort.verify.lint.LockChange.IndexBuild;

import java.util.List;

/**
 * A plain {@code CREATE INDEX} holds a lock that blocks every write to the table until the whole index is
 * built, minutes on a big table; {@code CONCURRENTLY} builds it while writes go on. A unique or primary key
 * constraint added by {@code ALTER TABLE} builds its index the blocking way too. {@code CONCURRENTLY} cannot
 * run inside a transaction, so the revision must be marked to run without one.
 */
final class IndexNotConcurrentRule implements LintRule {
    static final Rule RULE = new Rule("L001", "index-not-concurrent",
            "building an index on an existing table without CONCURRENTLY blocks writes to it until the build ends",
            "build it with CREATE INDEX CONCURRENTLY (createIndex(...).concurrently()) in a revision whose header says "
                    + "`Transaction: none`; for a unique key, build the unique index that way, then ADD CONSTRAINT ... "
                    + "USING INDEX");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        if (!context.locks().indexBuildBlocksWrites()) {
            return;
        }
        LockScan scan = LockScan.of(revision);
        for (LockScan.Entry entry : scan.entries()) {
            for (LockChange change : entry.statement().changes()) {
                if (!(change instanceof IndexBuild build)) {
                    continue;
                }
                String index = build.name() == null ? "an index" : "index " + build.name();
                if (build.online() && scan.transactional()) {
                    out.add(finding(revision, entry.line(), Severity.ERROR, index + " on " + entry.table()
                            + " is built CONCURRENTLY, which cannot run inside the revision's transaction; add the "
                            + "header line `Transaction: none`"));
                } else if (!build.online() && entry.existingTable()) {
                    out.add(finding(revision, entry.line(), Severity.WARNING, index + " on " + entry.table()
                            + " is built without CONCURRENTLY: writes to " + entry.table() + " wait until it is built"));
                }
            }
        }
    }
}
