package dev.retort.autogen;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterTableOptions;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateTrigger;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropTrigger;
import dev.retort.ops.DropView;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Deferrable;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.retort.autogen.JavaExpressions.literal;
import static dev.retort.autogen.JavaExpressions.literals;

/**
 * Writes one operation as the statement a person types against {@code Ops}. A call that does not fit on
 * one line puts each argument after the first on a line of its own.
 */
final class OperationWriter {
    static final int WIDTH = 120;
    static final String STEP = "    ";

    private final List<String> lines;

    OperationWriter(List<String> lines) {
        this.lines = lines;
    }

    void write(Operation operation, String op, String indent) {
        if (operation instanceof CreateTable o && (!o.definition().options().isEmpty() || o.definition().comment() != null)) {
            List<String> args = createTableArgs(o.definition());
            lines.add(indent + op + ".createTable(Table.of(" + String.join(",", args.stream()
                    .map(a -> a == args.get(0) ? a : "\n" + indent + STEP + STEP + a).toList()) + ")"
                    + tableExtras(o.definition()) + ");");
        } else if (operation instanceof CreateTable o) {
            call(indent, op, "createTable", createTableArgs(o.definition()));
        } else if (operation instanceof AlterTableOptions o) {
            call(indent, op, "alterTableOptions", List.of(literal(o.table()), JavaExpressions.map(o.options())));
        } else if (operation instanceof DropTable o) {
            call(indent, op, "dropTable", List.of(literal(o.table())));
        } else if (operation instanceof RenameTable o) {
            call(indent, op, "renameTable", List.of(literal(o.table()), literal(o.newName())));
        } else if (operation instanceof AddColumn o) {
            call(indent, op, "addColumn", List.of(literal(o.table()), JavaExpressions.column(o.column(), false, false)));
        } else if (operation instanceof DropColumn o) {
            call(indent, op, "dropColumn", List.of(literal(o.table()), literal(o.column())));
        } else if (operation instanceof AlterColumn o) {
            call(indent, op, "alterColumn", List.of(literal(o.table()), literal(o.column()),
                    JavaExpressions.change(o.change())));
        } else if (operation instanceof CreateIndex o) {
            if (o.index().equals(Index.index(o.index().name(), o.index().table(),
                    o.index().columns().toArray(String[]::new)))) {
                List<String> args = new ArrayList<>(List.of(o.index().name(), o.index().table()));
                args.addAll(o.index().columns());
                call(indent, op, "createIndex", args.stream().map(JavaExpressions::literal).toList());
            } else {
                call(indent, op, "createIndex", List.of(JavaExpressions.index(o.index())));
            }
        } else if (operation instanceof DropIndex o) {
            call(indent, op, "dropIndex", o.table() == null ? List.of(literal(o.name()))
                    : List.of(literal(o.name()), literal(o.table())));
        } else if (operation instanceof CreateUniqueConstraint o && o.constraint().deferrable() != Deferrable.NOT_DEFERRABLE) {
            call(indent, op, "createUniqueConstraint", List.of(literal(o.table()), JavaExpressions.unique(o.constraint())));
        } else if (operation instanceof CreateUniqueConstraint o) {
            List<String> args = new ArrayList<>(List.of(literal(o.constraint().name()), literal(o.table())));
            o.constraint().columns().forEach(c -> args.add(literal(c)));
            call(indent, op, "createUniqueConstraint", args);
        } else if (operation instanceof CreateForeignKey o) {
            call(indent, op, "createForeignKey", List.of(literal(o.table()), JavaExpressions.foreignKey(o.constraint())));
        } else if (operation instanceof CreateCheckConstraint o) {
            call(indent, op, "createCheckConstraint", List.of(literal(o.constraint().name()), literal(o.table()),
                    literal(o.constraint().expression())));
        } else if (operation instanceof DropConstraint o) {
            dropConstraint(o, op, indent);
        } else if (operation instanceof CreatePrimaryKey o && o.key().deferrable() != Deferrable.NOT_DEFERRABLE) {
            call(indent, op, "createPrimaryKey", List.of(literal(o.table()), JavaExpressions.primaryKey(o.key())));
        } else if (operation instanceof CreatePrimaryKey o) {
            List<String> args = new ArrayList<>(List.of(literal(o.key().name()), literal(o.table())));
            o.key().columns().forEach(c -> args.add(literal(c)));
            call(indent, op, "createPrimaryKey", args);
        } else if (operation instanceof DropPrimaryKey o) {
            call(indent, op, "dropPrimaryKey", List.of(literal(o.table())));
        } else if (operation instanceof Execute o) {
            call(indent, op, "execute", o.dialect() == null ? List.of(literal(o.sql()))
                    : o.reverseSql() == null ? List.of(literal(o.dialect()), literal(o.sql()))
                    : List.of(literal(o.dialect()), literal(o.sql()), literal(o.reverseSql())));
        } else if (operation instanceof CreateView o) {
            call(indent, op, "createView", o.view().columns().isEmpty()
                    ? List.of(literal(o.view().name()), literal(o.view().query()))
                    : List.of("new View(" + literal(o.view().name()) + ", " + literal(o.view().query())
                    + ", java.util.List.of(" + literals(o.view().columns()) + "))"));
        } else if (operation instanceof DropView o) {
            call(indent, op, "dropView", List.of(literal(o.name())));
        } else if (operation instanceof CreateTrigger o) {
            call(indent, op, "createTrigger", List.of(literal(o.trigger().name()), literal(o.trigger().table()),
                    literal(o.trigger().sql())));
        } else if (operation instanceof DropTrigger o) {
            call(indent, op, "dropTrigger", List.of(literal(o.name()), literal(o.onTable())));
        } else if (operation instanceof BulkInsert o) {
            bulkInsert(o, op, indent);
        } else if (operation instanceof BatchAlterTable o) {
            lines.add(indent + op + ".batchAlterTable(" + literal(o.table()) + ", batch -> {");
            for (Operation inner : o.operations()) {
                write(inner, "batch", indent + STEP);
            }
            lines.add(indent + "});");
        } else {
            comment(indent, "cannot write \"" + operation.describe() + "\" as a call; write it by hand");
        }
    }

    /** {@code .withOptions(...)} and {@code .withComment(...)} after {@code Table.of(...)}, as the table has them. */
    private static String tableExtras(Table table) {
        String options = table.options().isEmpty() ? "" : ".withOptions(" + JavaExpressions.map(table.options()) + ")";
        return options + (table.comment() == null ? "" : ".withComment(" + literal(table.comment()) + ")");
    }

    private static List<String> createTableArgs(Table table) {
        List<String> args = new ArrayList<>();
        args.add(literal(table.name()));
        String inlineKey = table.primaryKey() != null && table.primaryKey().name() == null
                && table.primaryKey().columns().size() == 1
                && table.primaryKey().deferrable() == Deferrable.NOT_DEFERRABLE ? table.primaryKey().columns().get(0) : null;
        int inlineUniques = inlineUniqueCount(table);
        List<String> inlineUniqueColumns = table.uniques().subList(0, inlineUniques).stream()
                .map(u -> u.columns().get(0)).toList();
        for (Column column : table.columns()) {
            args.add(JavaExpressions.column(column, column.name().equals(inlineKey),
                    inlineUniqueColumns.contains(column.name())));
        }
        if (table.primaryKey() != null && inlineKey == null) {
            args.add(JavaExpressions.primaryKey(table.primaryKey()));
        }
        for (UniqueConstraint unique : table.uniques().subList(inlineUniques, table.uniques().size())) {
            args.add(JavaExpressions.unique(unique));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            args.add(JavaExpressions.foreignKey(fk));
        }
        for (CheckConstraint check : table.checks()) {
            args.add(JavaExpressions.check(check));
        }
        return args;
    }

    /**
     * How many leading unique constraints can be written as {@code .unique()} on their column: unnamed,
     * one column each, checked per statement, in column order. {@code createTable} lists those first, so the
     * table reads back the same.
     */
    private static int inlineUniqueCount(Table table) {
        int count = 0;
        int lastColumn = -1;
        for (UniqueConstraint unique : table.uniques()) {
            if (unique.name() != null || unique.columns().size() != 1 || unique.deferrable() != Deferrable.NOT_DEFERRABLE) {
                break;
            }
            int position = columnPosition(table, unique.columns().get(0));
            if (position <= lastColumn) {
                break;
            }
            lastColumn = position;
            count++;
        }
        return count;
    }

    private static int columnPosition(Table table, String name) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void dropConstraint(DropConstraint o, String op, String indent) {
        if (o.name() != null) {
            call(indent, op, "dropConstraint", List.of(literal(o.table()), literal(o.name())));
        } else if (o.definition() instanceof UniqueConstraint unique) {
            List<String> args = new ArrayList<>(List.of(literal(o.table())));
            unique.columns().forEach(c -> args.add(literal(c)));
            call(indent, op, "dropUniqueConstraint", args);
        } else if (o.definition() instanceof CheckConstraint check) {
            call(indent, op, "dropCheckConstraint", List.of(literal(o.table()), literal(check.expression())));
        } else if (o.definition() instanceof ForeignKey fk) {
            call(indent, op, "dropForeignKey", List.of(literal(o.table()), JavaExpressions.foreignKey(fk)));
        } else {
            comment(indent, "cannot write \"" + o.describe() + "\" as a call; write it by hand");
        }
    }

    private void bulkInsert(BulkInsert o, String op, String indent) {
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> row : o.rows()) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, Object> entry : row.entrySet()) {
                String value = value(entry.getValue());
                if (value == null) {
                    comment(indent, "cannot write \"" + o.describe() + "\" as a call (" + entry.getKey()
                            + " is null or of an unusual type); write it by hand");
                    return;
                }
                entries.add("java.util.Map.entry(" + literal(entry.getKey()) + ", " + value + ")");
            }
            rows.add("java.util.Map.ofEntries(" + String.join(", ", entries) + ")");
        }
        call(indent, op, "bulkInsert", List.of(literal(o.table()), "java.util.List.of(" + String.join(", ", rows) + ")"));
    }

    private static String value(Object value) {
        if (value instanceof String s) {
            return literal(s);
        }
        if (value instanceof Integer || value instanceof Boolean || value instanceof Double) {
            return value.toString();
        }
        if (value instanceof Long l) {
            return l + "L";
        }
        if (value instanceof BigDecimal d) {
            return "new java.math.BigDecimal(" + literal(d.toPlainString()) + ")";
        }
        return null;
    }

    void call(String indent, String receiver, String method, List<String> args) {
        String head = indent + receiver + "." + method + "(";
        String single = head + String.join(", ", args) + ");";
        if (single.length() <= WIDTH || args.size() < 2) {
            lines.add(single);
            return;
        }
        lines.add(head + args.get(0) + ",");
        String continuation = indent + STEP + STEP;
        for (int i = 1; i < args.size(); i++) {
            lines.add(continuation + args.get(i) + (i == args.size() - 1 ? ");" : ","));
        }
    }

    /** A {@code // Retort: ...} comment, wrapped at words to the line width. */
    void comment(String indent, String text) {
        String prefix = indent + "// ";
        StringBuilder line = new StringBuilder(prefix + "Retort:");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > WIDTH && line.length() > prefix.length()) {
                lines.add(line.toString());
                line = new StringBuilder(prefix + word);
            } else {
                line.append(' ').append(word);
            }
        }
        lines.add(line.toString());
    }
}
