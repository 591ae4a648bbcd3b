package dev.retort.verify.lint;

import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;

import java.util.List;

/** The guide's SQLite advice: avoid dropping columns (and tables); the data in them is gone for good. */
final class DestructiveOperationRule implements LintRule {
    static final Rule RULE = new Rule("R006", "destructive-operation",
            "the upgrade drops a table or column, and the data in it cannot be brought back by a downgrade",
            "keep the column or table (stop using it), or back the data up first and say so in the message");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        for (RecordedOp recorded : revision.upgrade().ops()) {
            if (recorded.op() instanceof DropTable || recorded.op() instanceof DropColumn) {
                out.add(finding(revision, recorded.line(), Severity.WARNING, recorded.op().describe()
                        + " deletes its data"));
            }
        }
    }
}
