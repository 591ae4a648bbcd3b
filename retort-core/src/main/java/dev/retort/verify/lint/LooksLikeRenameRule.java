package dev.retort.verify.lint;

import dev.retort.ops.AddColumn;
import dev.retort.ops.DropColumn;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guide's warning about autogenerate: a renamed column looks like a drop plus an add, and running
 * that loses the column's data. A drop and an add in one table, of the same type, is flagged. The dropped
 * column's type comes from the operation, else from the downgrade that adds it back, else from the
 * database; when none knows it, the pair is still flagged, saying so.
 */
final class LooksLikeRenameRule implements LintRule {
    static final Rule RULE = new Rule("R008", "drop-add-rename",
            "a column is dropped and another added in the same table: if it is a rename, the data is lost",
            "rename instead: op.alterColumn(table, old, change().rename(new)) keeps the data");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        List<RecordedOp> drops = new ArrayList<>();
        List<RecordedOp> adds = new ArrayList<>();
        for (RecordedOp recorded : revision.upgrade().ops()) {
            if (recorded.op() instanceof DropColumn) {
                drops.add(recorded);
            } else if (recorded.op() instanceof AddColumn) {
                adds.add(recorded);
            }
        }
        for (RecordedOp dropped : drops) {
            DropColumn drop = (DropColumn) dropped.op();
            Optional<ColumnType> droppedType = typeOf(drop, revision, context.database());
            for (RecordedOp added : adds) {
                AddColumn add = (AddColumn) added.op();
                if (!add.table().equalsIgnoreCase(drop.table()) || add.column().name().equalsIgnoreCase(drop.column())) {
                    continue;
                }
                ColumnType addedType = add.column().type();
                if (droppedType.isPresent() && !sameType(droppedType.get(), addedType)) {
                    continue;
                }
                String types = droppedType.isPresent() ? "both " + addedType : "type of " + drop.column() + " unknown";
                out.add(finding(revision, added.line(), Severity.WARNING, drop.describe() + " and " + add.describe()
                        + " (" + types + ") look like a rename of " + drop.column() + " to " + add.column().name()));
                adds.remove(added);
                break;
            }
        }
    }

    private static Optional<ColumnType> typeOf(DropColumn drop, RecordedRevision revision, DatabaseFacts database) {
        if (drop.definition() != null) {
            return Optional.of(drop.definition().type());
        }
        for (RecordedOp recorded : revision.downgrade().ops()) {
            if (recorded.op() instanceof AddColumn add && add.table().equalsIgnoreCase(drop.table())
                    && add.column().name().equalsIgnoreCase(drop.column())) {
                return Optional.of(add.column().type());
            }
        }
        return database.table(drop.table()).flatMap(t -> t.column(drop.column())).map(Column::type);
    }

    /** Types read from SQL text are raw; compare them by their spelling. */
    private static boolean sameType(ColumnType a, ColumnType b) {
        return a.equals(b) || a.toString().toUpperCase(Locale.ROOT).equals(b.toString().toUpperCase(Locale.ROOT));
    }
}
