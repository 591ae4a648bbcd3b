package dev.retort.autogen;

import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.Operation;
import dev.retort.revision.Revision;
import dev.retort.schema.Column;
import dev.retort.schema.Unsupported;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Renders a diff as a Java revision file: the header Retort reads without compiling, then a package-private
 * class (file names start with digits, so it cannot be public) whose {@code upgrade} makes the calls a
 * person would write and whose {@code downgrade} is the upgrade reversed. What the reviewer must decide
 * (likely renames, changes Retort cannot generate) is written as {@code // Retort:} comments in place.
 */
public final class RevisionRenderer {
    private static final String BODY = OperationWriter.STEP + OperationWriter.STEP;

    /**
     * @param revision the new revision's header: id, parents, optional depends-on and branch labels,
     *                 message, and create date (an ISO-8601 instant, required)
     */
    public String render(Revision revision, DiffResult diff) {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(revision.createDate(), "revision.createDate");
        List<String> lines = new ArrayList<>();
        lines.add("// Revision: " + revision.id());
        lines.add(("// Revises: " + String.join(", ", revision.parents())).stripTrailing());
        if (!revision.dependsOn().isEmpty()) {
            lines.add("// Depends-On: " + String.join(", ", revision.dependsOn()));
        }
        if (!revision.branchLabels().isEmpty()) {
            lines.add("// Branch-Labels: " + String.join(", ", revision.branchLabels()));
        }
        lines.add("// Create-Date: " + revision.createDate());
        lines.add(("// Message: " + oneLine(revision.message())).stripTrailing());
        lines.add("");
        lines.add("import dev.retort.ops.*;");
        lines.add("import dev.retort.schema.*;");
        lines.add("");
        lines.add("import static dev.retort.ops.Dsl.*;");
        lines.add("import static dev.retort.schema.Types.*;");
        lines.add("");
        lines.add("class " + className(revision) + " implements Migration {");
        lines.add(OperationWriter.STEP + "@Override");
        lines.add(OperationWriter.STEP + "public void upgrade(Ops op) {");
        lines.addAll(upgradeLines(diff));
        lines.add(OperationWriter.STEP + "}");
        lines.add("");
        lines.add(OperationWriter.STEP + "@Override");
        lines.add(OperationWriter.STEP + "public void downgrade(Ops op) {");
        lines.addAll(downgradeLines(diff));
        lines.add(OperationWriter.STEP + "}");
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    /** The statements of {@code upgrade(Ops op)}, each line indented by 8 spaces and ending in a newline. */
    public String upgradeBody(DiffResult diff) {
        return joined(upgradeLines(Objects.requireNonNull(diff, "diff")));
    }

    /**
     * {@link #upgradeBody(DiffResult)} for a revision whose header says {@code Transaction: none}: it opens with why,
     * so the reviewer knows the revision gave up its all-or-nothing rollback and for what.
     */
    public String upgradeBody(DiffResult diff, String outsideTransactionReason) {
        List<String> lines = new ArrayList<>();
        new OperationWriter(lines).comment(BODY, "this revision runs outside a transaction (Transaction: none in its"
                + " header): " + Objects.requireNonNull(outsideTransactionReason, "outsideTransactionReason")
                + ". Each statement commits as it runs; if one fails, what ran before it stays and the revision is"
                + " marked dirty.");
        lines.addAll(upgradeLines(Objects.requireNonNull(diff, "diff")));
        return joined(lines);
    }

    /** The statements of {@code downgrade(Ops op)}: the upgrade reversed, formatted as {@link #upgradeBody}. */
    public String downgradeBody(DiffResult diff) {
        return joined(downgradeLines(Objects.requireNonNull(diff, "diff")));
    }

    private static List<String> upgradeLines(DiffResult diff) {
        List<String> lines = new ArrayList<>();
        OperationWriter writer = new OperationWriter(lines);
        for (ManualChange change : diff.manualChanges()) {
            writer.comment(BODY, change.description());
        }
        for (Unsupported unsupported : diff.notHandled()) {
            writer.comment(BODY, DiffResult.notHandledLine(unsupported)
                    + " (Retort leaves it as it is; write by hand what it needs)");
        }
        for (KeptObject kept : diff.kept()) {
            writer.comment(BODY, DiffResult.keptLine(kept));
        }
        body(writer, diff.operations(), diff, diff.manualChanges().isEmpty() && diff.notHandled().isEmpty());
        return lines;
    }

    private static List<String> downgradeLines(DiffResult diff) {
        List<String> lines = new ArrayList<>();
        OperationWriter writer = new OperationWriter(lines);
        for (ManualChange change : diff.manualChanges()) {
            writer.comment(BODY, "undo what the upgrade changes by hand: " + change.description());
        }
        for (Unsupported unsupported : diff.notHandled()) {
            writer.comment(BODY, DiffResult.notHandledLine(unsupported));
        }
        for (KeptObject kept : diff.kept()) {
            writer.comment(BODY, DiffResult.keptLine(kept));
        }
        body(writer, downgrade(diff.operations()), diff,
                diff.manualChanges().isEmpty() && diff.notHandled().isEmpty());
        return lines;
    }

    private static String joined(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** The upgrade reversed: each operation's reverse, last first. */
    public static List<Operation> downgrade(List<Operation> upgrade) {
        List<Operation> down = new ArrayList<>();
        for (Operation operation : upgrade) {
            down.add(operation.reverse());
        }
        Collections.reverse(down);
        return down;
    }

    /**
     * The class name: the message in CamelCase, then the revision id, so two revisions with the same
     * message can be compiled together ({@code AddTokenCountColumn_3f2a9c1b7d4e}).
     */
    public static String className(Revision revision) {
        StringBuilder camel = new StringBuilder();
        for (String word : revision.message().split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty() && camel.length() + word.length() <= 60) {
                camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (camel.length() == 0 || !Character.isJavaIdentifierStart(camel.charAt(0))) {
            camel.insert(0, "Revision");
        }
        return camel + "_" + revision.id().replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static void body(OperationWriter writer, List<Operation> ops, DiffResult diff, boolean sayEmpty) {
        List<RenameHint> hints = diff.renameHints();
        if (ops.isEmpty() && sayEmpty) {
            writer.comment(BODY, "the models match the database: nothing to do.");
        }
        boolean renameProposed = false;
        for (int i = 0; i < ops.size(); i++) {
            Operation operation = ops.get(i);
            boolean secondOfRename = renameProposed;
            renameProposed = false;
            if (i + 1 < ops.size() && operation instanceof DropColumn drop && ops.get(i + 1) instanceof AddColumn add
                    && drop.table().equalsIgnoreCase(add.table()) && hinted(hints, drop, add)) {
                writer.comment(BODY, "\"" + drop.column() + "\" was dropped and \"" + add.column().name()
                        + "\" added with the same type: if this is a rename, replace both lines with op.alterColumn("
                        + JavaExpressions.literal(drop.table()) + ", " + JavaExpressions.literal(drop.column())
                        + ", change().rename(" + JavaExpressions.literal(add.column().name()) + "));");
                renameProposed = true;
            }
            if (operation instanceof DropTable drop) {
                String renamedTo = renamedTo(diff.tableRenameHints(), drop.table(), ops);
                if (renamedTo != null) {
                    writer.comment(BODY, "table \"" + drop.table() + "\" is dropped and \"" + renamedTo + "\" created"
                            + " with the same columns: if this is a rename, replace the drop and the create (and their"
                            + " indexes) with op.renameTable(" + JavaExpressions.literal(drop.table()) + ", "
                            + JavaExpressions.literal(renamedTo) + ") so its rows are kept.");
                }
            }
            if (!secondOfRename && operation instanceof AddColumn add && needsAValue(add.column())) {
                String table = add.table();
                String column = add.column().name();
                writer.comment(BODY, table + "." + column + " is NOT NULL without a server default: adding it fails if "
                        + table + " has rows. Give it a .serverDefault(...), or add it nullable, fill it, then op.alterColumn("
                        + JavaExpressions.literal(table) + ", " + JavaExpressions.literal(column) + ", change().notNull());");
            }
            writer.write(operation, "op", BODY);
        }
    }

    /**
     * A column added to an existing table needs a value in each row; without a server default, NOT NULL
     * has none to give (a downgrade that brings back a dropped NOT NULL column meets the same wall).
     */
    private static boolean needsAValue(Column column) {
        return !column.isNullable() && column.serverDefault() == null && !column.isAutoIncrement();
    }

    /**
     * The table a dropped one looks renamed to, read either way (the downgrade drops what the upgrade created),
     * when that table is created in the same list; else null.
     */
    private static String renamedTo(List<TableRenameHint> hints, String dropped, List<Operation> ops) {
        for (TableRenameHint hint : hints) {
            String other = hint.from().equalsIgnoreCase(dropped) ? hint.to()
                    : hint.to().equalsIgnoreCase(dropped) ? hint.from() : null;
            if (other != null && ops.stream().anyMatch(o -> o instanceof CreateTable c
                    && c.definition().name().equalsIgnoreCase(other))) {
                return other;
            }
        }
        return null;
    }

    /** A hint read either way: the downgrade drops what the upgrade added and adds back what it dropped. */
    private static boolean hinted(List<RenameHint> hints, DropColumn drop, AddColumn add) {
        String dropped = drop.column();
        String added = add.column().name();
        for (RenameHint hint : hints) {
            if (hint.table().equalsIgnoreCase(drop.table())
                    && (hint.from().equalsIgnoreCase(dropped) && hint.to().equalsIgnoreCase(added)
                    || hint.from().equalsIgnoreCase(added) && hint.to().equalsIgnoreCase(dropped))) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
