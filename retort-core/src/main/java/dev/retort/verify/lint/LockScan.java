package dev.retort.verify.lint;

import dev.retort.spi.LockProfile;
import dev.retort.verify.lint.LockChange.Renamed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A revision's upgrade as the locking rules read it: each statement with its line, and whether the table it
 * changes already exists, i.e. was not created earlier in the same revision (a new table has no rows and no
 * application using it, so no change to it can stall one).
 */
final class LockScan {
    /** The header value that makes a revision run outside a transaction, statement by statement. */
    static final String NO_TRANSACTION = "none";

    /** One statement of the upgrade. */
    record Entry(RecordedOp recorded, LockStatement statement, boolean existingTable) {
        int line() {
            return recorded.line();
        }

        String table() {
            return statement.table();
        }
    }

    private final List<Entry> entries;
    private final boolean transactional;

    private LockScan(List<Entry> entries, boolean transactional) {
        this.entries = entries;
        this.transactional = transactional;
    }

    static LockScan of(RecordedRevision revision) {
        Set<String> created = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (RecordedOp recorded : revision.upgrade().ops()) {
            LockStatement statement = LockStatement.of(recorded);
            String table = statement.table() == null ? null : key(statement.table());
            boolean existing = table != null && !created.contains(table) && !statement.creates();
            entries.add(new Entry(recorded, statement, existing));
            if (statement.creates() && table != null) {
                created.add(table);
            }
            for (LockChange change : statement.changes()) {
                if (change instanceof Renamed renamed && renamed.column() == null && created.contains(table)) {
                    created.add(key(renamed.newName()));
                }
            }
        }
        String mode = revision.source().headerValue("Transaction");
        return new LockScan(entries, mode == null || !mode.equalsIgnoreCase(NO_TRANSACTION));
    }

    /** The locking rules apply only where other sessions use the database while it migrates. */
    static boolean applies(LintContext context) {
        return context.locks().servesLiveTraffic();
    }

    List<Entry> entries() {
        return entries;
    }

    /** A change of one kind made to a table that existed before the revision, and where its statement stands. */
    record Found<T extends LockChange>(int index, Entry entry, T change) {
    }

    /** Each change of {@code kind} made to a table that existed before the revision, in the upgrade's order. */
    <T extends LockChange> List<Found<T>> onExistingTables(Class<T> kind) {
        List<Found<T>> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (!entry.existingTable()) {
                continue;
            }
            for (LockChange change : entry.statement().changes()) {
                if (kind.isInstance(change)) {
                    found.add(new Found<>(i, entry, kind.cast(change)));
                }
            }
        }
        return found;
    }

    /** Whether the revision runs in one transaction, which holds every lock it takes until it commits. */
    boolean transactional() {
        return transactional;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
