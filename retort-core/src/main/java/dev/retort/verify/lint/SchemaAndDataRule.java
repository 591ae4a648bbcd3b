package dev.retort.verify.lint;

import dev.retort.revision.Direction;

import java.util.List;
import java.util.Optional;

/**
 * Guide tip 4: a data migration goes in its own revision after the schema change, so each can be
 * reviewed, rerun and rolled back on its own.
 */
final class SchemaAndDataRule implements LintRule {
    static final Rule RULE = new Rule("R004", "schema-and-data",
            "the upgrade changes the schema and the data in one revision",
            "move the data change into its own revision after this one (`retort revision -m \"...\"`)");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        RecordedRevision.Part up = revision.upgrade();
        Optional<RecordedOp> schema = up.ops().stream().filter(o -> OpFacts.isSchema(o.op())).findFirst();
        Optional<RecordedOp> data = up.ops().stream().filter(o -> OpFacts.isData(o.op())).findFirst();
        if (schema.isEmpty() || data.isEmpty() && !up.usesConnection()) {
            return;
        }
        String what = data.map(o -> o.op().describe()).orElse("data work through op.connection()");
        int line = data.map(RecordedOp::line).orElse(revision.lineOf(Direction.UP));
        out.add(finding(revision, line, Severity.WARNING, schema.get().op().describe() + " and " + what
                + " in one upgrade"));
    }
}
