package dev.retort.verify.lint;

import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.Execute;
import dev.retort.ops.RenameTable;
import dev.retort.schema.Column;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A NOT NULL column without a default has no value to give the rows a table already has, so adding it
 * fails on any table with rows (SQLite refuses it outright in ALTER TABLE; Retort's rebuild then fails
 * on the copy). With the database at hand and rows in the table, this is certain; otherwise it is a
 * warning about the databases where the table has rows. A table the same revision creates is empty.
 */
final class NotNullWithoutDefaultRule implements LintRule {
    static final Rule RULE = new Rule("R007", "not-null-without-default",
            "a NOT NULL column without a default cannot be added to a table that has rows",
            "give it a default (column(...).notNull().serverDefault(\"0\")), or add it nullable, fill it, "
                    + "then make it NOT NULL in a later revision");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        Set<String> created = new HashSet<>();
        for (RecordedOp recorded : revision.upgrade().ops()) {
            if (recorded.op() instanceof CreateTable create) {
                created.add(key(create.definition().name()));
            } else if (recorded.op() instanceof RenameTable rename && created.contains(key(rename.table()))) {
                created.add(key(rename.newName()));
            } else if (recorded.op() instanceof Execute execute && execute.sql().strip().toUpperCase(Locale.ROOT)
                    .startsWith("CREATE") && SqlDdl.table(execute.sql()) != null) {
                created.add(key(SqlDdl.table(execute.sql())));
            } else if (recorded.op() instanceof AddColumn add && needsValue(add.column())
                    && !created.contains(key(add.table()))) {
                out.add(check(revision, recorded, add, context.database()));
            }
        }
    }

    private Finding check(RecordedRevision revision, RecordedOp recorded, AddColumn add, DatabaseFacts database) {
        String column = add.table() + "." + add.column().name();
        Optional<Boolean> rows = database.hasRows(add.table());
        if (rows.orElse(false)) {
            return finding(revision, recorded.line(), Severity.ERROR, "NOT NULL column " + column
                    + " has no default, and " + add.table() + " has rows in " + database.description()
                    + ": the upgrade will fail there");
        }
        String where = rows.isPresent() ? add.table() + " is empty in " + database.description() + ", but"
                : "without a database to look at,";
        return finding(revision, recorded.line(), Severity.WARNING, "NOT NULL column " + column + " has no default; "
                + where + " it will fail on a non-empty table");
    }

    private static boolean needsValue(Column column) {
        String dflt = column.serverDefault();
        return !column.isNullable() && !column.isAutoIncrement() && (dflt == null || dflt.strip().equalsIgnoreCase("NULL"));
    }

    private static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
