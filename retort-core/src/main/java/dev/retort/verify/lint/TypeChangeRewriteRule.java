package dev.retort.verify.lint;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.spi.LockProfile.Rewrite;
import dev.retort.verify.lint.LockChange.TypeChanged;

import java.util.List;

/**
 * Changing a column's type usually rewrites (or copies) the whole table and rebuilds its indexes while the
 * table is locked. Which changes are free is the server's rule (its {@link dev.retort.spi.LockProfile}); the
 * old type comes from the operation, else from the downgrade that changes it back, else from the database.
 */
final class TypeChangeRewriteRule implements LintRule {
    static final Rule RULE = new Rule("L003", "type-change-rewrite",
            "changing a column's type on an existing table rewrites the table and its indexes while it is locked",
            "expand and contract: add a column of the new type, fill it in batches and keep it in step, switch the "
                    + "code to it, drop the old column in a later revision (a longer varchar, or varchar to text, is free)");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        for (LockScan.Found<TypeChanged> found : LockScan.of(revision).onExistingTables(TypeChanged.class)) {
            LockScan.Entry entry = found.entry();
            TypeChanged changed = found.change();
            ColumnType from = oldType(entry.table(), changed, revision, context.database());
            if (context.locks().typeChange(from, changed.to()) != Rewrite.YES) {
                continue;
            }
            String column = entry.table() + "." + changed.column();
            String what = from == null ? "changing " + column + " to " + spelled(changed.to())
                    + " (its old type is not known here)" : "changing " + column + " from " + spelled(from)
                    + " to " + spelled(changed.to());
            out.add(finding(revision, entry.line(), Severity.WARNING, what + " rewrites " + entry.table()
                    + " while reads and writes wait"));
        }
    }

    private static ColumnType oldType(String table, TypeChanged changed, RecordedRevision revision, DatabaseFacts database) {
        if (changed.from() != null) {
            return changed.from();
        }
        for (RecordedOp recorded : revision.downgrade().ops()) {
            LockStatement back = LockStatement.of(recorded);
            if (back.table() == null || !back.table().equalsIgnoreCase(table)) {
                continue;
            }
            for (LockChange change : back.changes()) {
                if (change instanceof TypeChanged reverse && reverse.column().equalsIgnoreCase(changed.column())) {
                    return reverse.to();
                }
            }
        }
        return database.table(table).flatMap(t -> t.column(changed.column())).map(Column::type).orElse(null);
    }

    private static String spelled(ColumnType type) {
        return type.kind() == ColumnType.Kind.RAW ? type.raw() : type.toString();
    }
}
