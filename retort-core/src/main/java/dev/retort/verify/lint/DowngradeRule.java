package dev.retort.verify.lint;

import dev.retort.revision.Direction;
import dev.retort.script.ScriptFormat;

import java.util.List;

/** Guide tip 3: an upgrade that does something needs a downgrade that undoes it. */
final class DowngradeRule implements LintRule {
    static final Rule RULE = new Rule("R003", "missing-downgrade",
            "the upgrade changes the database but the downgrade does nothing, so it cannot be rolled back",
            "write downgrade() to undo each upgrade operation in reverse order (`retort test` then checks it)");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        RecordedRevision.Part up = revision.upgrade();
        RecordedRevision.Part down = revision.downgrade();
        if (up.isEmpty() || up.failure() != null && up.ops().isEmpty()) {
            return;
        }
        int line = revision.lineOf(Direction.DOWN);
        if (down.failure() != null && down.ops().isEmpty() && !down.usesConnection()) {
            out.add(finding(revision, line, Severity.ERROR, "the downgrade throws " + down.failure()));
        } else if (down.isEmpty()) {
            boolean noSection = revision.source().format() == ScriptFormat.SQL && revision.source().start(Direction.DOWN) == 0;
            out.add(finding(revision, line, Severity.ERROR, noSection
                    ? "there is no '-- retort:downgrade' section"
                    : "the upgrade records " + count(up) + " but the downgrade records none"));
        }
    }

    private static String count(RecordedRevision.Part part) {
        int n = part.ops().size();
        if (n == 0) {
            return "data work through op.connection()";
        }
        return n + " operation" + (n == 1 ? "" : "s");
    }
}
