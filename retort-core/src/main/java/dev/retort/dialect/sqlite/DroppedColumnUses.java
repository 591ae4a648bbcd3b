package dev.retort.dialect.sqlite;

import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The last check of a table rewrite: no key, constraint or index of the new definition uses a column the
 * revision dropped. SQLite would refuse the new table or, worse, keep an index on an expression that names a
 * column no longer there; the message says which object holds on to the column and what to drop first.
 */
final class DroppedColumnUses {
    private final Table table;
    /** Every column name the table had at some point of the group (lower case): what expressions may name. */
    private final Set<String> everColumns;

    DroppedColumnUses(Table table, Set<String> everColumns) {
        this.table = table;
        this.everColumns = everColumns;
    }

    void check() {
        PrimaryKey pk = table.primaryKey();
        if (pk != null) {
            missing(pk.columns()).ifPresent(c -> {
                throw fail("cannot drop column " + c + ": it is part of the primary key " + pk.columns());
            });
        }
        for (UniqueConstraint unique : table.uniques()) {
            missing(unique.columns()).ifPresent(c -> {
                throw usedBy(c, "unique constraint " + describe(unique.name(), unique.columns()), "drop that constraint first");
            });
        }
        for (ForeignKey fk : table.foreignKeys()) {
            missing(fk.columns()).ifPresent(c -> {
                throw usedBy(c, "foreign key " + describe(fk.name(), fk.columns()), "drop that foreign key first");
            });
        }
        for (CheckConstraint check : table.checks()) {
            missing(List.copyOf(SqlExpressions.identifiersIn(check.expression(), everColumns))).ifPresent(c -> {
                throw usedBy(c, "check constraint " + (check.name() != null ? check.name() : "(" + check.expression() + ")"),
                        "drop that check first");
            });
        }
        for (Index index : table.indexes()) {
            List<String> used = new ArrayList<>();
            for (String term : index.columns()) {
                if (SqliteIdentifiers.isPlainName(term)) {
                    used.add(term);
                } else {
                    used.addAll(SqlExpressions.identifiersIn(term, everColumns));
                }
            }
            if (index.where() != null) {
                used.addAll(SqlExpressions.identifiersIn(index.where(), everColumns));
            }
            missing(used).ifPresent(c -> {
                throw usedBy(c, "index " + index.name(), "drop that index first");
            });
        }
    }

    private Optional<String> missing(List<String> columns) {
        return columns.stream().filter(c -> table.column(c).isEmpty()).findFirst();
    }

    private static String describe(String name, List<String> columns) {
        return name != null ? name : columns.toString();
    }

    private RetortException usedBy(String column, String what, String fix) {
        return fail("cannot drop column " + column + ": " + what + " also uses other columns; " + fix);
    }

    private RetortException fail(String message) {
        return new RetortException("table " + table.name() + ": " + message);
    }
}
