package dev.retort.verify.lint;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where ALTER TABLE takes {@code ALGORITHM=} and {@code LOCK=}, the server picks its least blocking way by
 * itself, and when it has none it copies the table with writes blocked, silently. Stating
 * {@code ALGORITHM=INPLACE, LOCK=NONE} (or {@code ALGORITHM=INSTANT}) makes it refuse instead. Only SQL the
 * revision wrote is checked, and only changes the server can make online; the others are other rules' business.
 */
final class OnlineAlterClauseRule implements LintRule {
    static final Rule RULE = new Rule("L007", "alter-without-online-clause",
            "an ALTER the server can make without blocking writes does not say so, so it may copy the table and block "
                    + "them instead without a word",
            "append `, ALGORITHM=INPLACE, LOCK=NONE` (or `, ALGORITHM=INSTANT` where the message says so): the "
                    + "server then refuses a change it could only make by blocking writes");
    private static final Set<String> ONLINE = Set.of("INPLACE", "NOCOPY");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        if (!context.locks().statesAlterAlgorithm()) {
            return;
        }
        for (LockScan.Entry entry : LockScan.of(revision).entries()) {
            LockStatement statement = entry.statement();
            if (!statement.written() || !entry.existingTable() || statement.actions().isEmpty()) {
                continue;
            }
            Optional<String> best = best(statement.actions(), context);
            if (best.isEmpty() || online(statement)) {
                continue;
            }
            String stated = statement.algorithm() == null && statement.lock() == null ? "states no ALGORITHM or LOCK"
                    : "states" + (statement.algorithm() == null ? "" : " ALGORITHM=" + statement.algorithm())
                    + (statement.lock() == null ? "" : " LOCK=" + statement.lock());
            String clause = best.get().equals("INSTANT") ? "ALGORITHM=INSTANT" : "ALGORITHM=INPLACE, LOCK=NONE";
            out.add(finding(revision, entry.line(), Severity.WARNING, "this change to " + entry.table() + " " + stated
                    + "; the server can make it with " + clause + ", and says so if it cannot"));
        }
    }

    /** INPLACE when any action needs it, else INSTANT; empty when some action can only copy the table. */
    private static Optional<String> best(List<String> actions, LintContext context) {
        String best = "INSTANT";
        for (String action : actions) {
            Optional<String> algorithm = context.locks().onlineAlgorithm(action);
            if (algorithm.isEmpty()) {
                return Optional.empty();
            }
            if (!algorithm.get().equals("INSTANT")) {
                best = algorithm.get();
            }
        }
        return Optional.of(best);
    }

    private static boolean online(LockStatement statement) {
        String lock = statement.lock();
        if (lock != null && !lock.equals("NONE") && !lock.equals("DEFAULT")) {
            return false;
        }
        String algorithm = statement.algorithm() == null ? "" : statement.algorithm();
        return algorithm.equals("INSTANT") || ONLINE.contains(algorithm) && "NONE".equals(lock);
    }
}
