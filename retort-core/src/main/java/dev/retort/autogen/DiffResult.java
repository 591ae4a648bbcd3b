package dev.retort.autogen;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnChange;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.Unsupported;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link SchemaDiff} found: the operations that turn the current schema into the target, in an order
 * that applies, plus what a reviewer must look at (likely renames, changes it cannot generate), and what
 * either side holds that Retort did not compare ({@code notHandled}): while there is any, the schemas are
 * never reported as matching.
 * <p>
 * {@code kept} lists what the database holds of the kinds the models cannot describe ({@link ModelScope}: a
 * view or trigger when the models are JPA entities): Retort read it and left it as it is. It is named wherever
 * the result is shown, but it is not a difference and does not keep {@link #isEmpty} false: a JPA project that
 * adds a trigger by hand in a revision is doing the normal thing, and a {@code check} that failed for ever
 * after would be switched off in CI, hiding the real differences with it.
 */
public record DiffResult(List<Operation> operations, List<RenameHint> renameHints, List<ManualChange> manualChanges,
                         List<Unsupported> notHandled, List<TableRenameHint> tableRenameHints, List<KeptObject> kept) {
    public DiffResult {
        operations = List.copyOf(operations);
        renameHints = List.copyOf(renameHints);
        manualChanges = List.copyOf(manualChanges);
        notHandled = List.copyOf(notHandled);
        tableRenameHints = List.copyOf(tableRenameHints);
        kept = List.copyOf(kept);
    }

    /** A result in which nothing was kept for the models not describing it. */
    public DiffResult(List<Operation> operations, List<RenameHint> renameHints, List<ManualChange> manualChanges,
                      List<Unsupported> notHandled, List<TableRenameHint> tableRenameHints) {
        this(operations, renameHints, manualChanges, notHandled, tableRenameHints, List.of());
    }

    /** A result in which nothing was left out and no table looks renamed. */
    public DiffResult(List<Operation> operations, List<RenameHint> renameHints, List<ManualChange> manualChanges) {
        this(operations, renameHints, manualChanges, List.of(), List.of(), List.of());
    }

    /**
     * True when the schemas match: nothing to generate, nothing to do by hand, nothing left uncompared. What was
     * {@link #kept} does not count: it was read and named, and is left as it is on purpose.
     */
    public boolean isEmpty() {
        return operations.isEmpty() && manualChanges.isEmpty() && notHandled.isEmpty();
    }

    /** The line {@code check} and the revision's comment give a left-out object. */
    public static String notHandledLine(Unsupported unsupported) {
        return "not handled: " + unsupported.describe();
    }

    /** The line {@code check} and the revision's comment give a kept object. */
    public static String keptLine(KeptObject kept) {
        return "kept: " + kept.describe();
    }

    /** One line per difference, for {@code retort check} and logs: the changes, then what was not handled. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>(describeChanges());
        for (Unsupported unsupported : notHandled) {
            lines.add(notHandledLine(unsupported));
        }
        return lines;
    }

    /** One line per operation and per change to make by hand, without what was not handled. */
    public List<String> describeChanges() {
        List<String> lines = new ArrayList<>();
        for (Operation operation : operations) {
            lines.add(describe(operation));
        }
        for (ManualChange change : manualChanges) {
            lines.add(change.description());
        }
        return lines;
    }

    /**
     * Operation.describe(), with more for a reviewer: what an altered column changes from and to, and an
     * unnamed constraint told by what it is rather than by its record's toString().
     */
    private static String describe(Operation operation) {
        if (operation instanceof AlterColumn alter && alter.change().newName() == null) {
            return alter.describe() + " (" + String.join("; ", changes(alter.change(), alter.existing())) + ")";
        }
        if (operation instanceof DropConstraint drop && drop.name() == null) {
            if (drop.definition() instanceof ForeignKey fk) {
                return "drop foreign key " + drop.table() + fk.columns() + " -> " + fk.refTable() + fk.refColumns();
            }
            if (drop.definition() instanceof UniqueConstraint unique) {
                return "drop unique constraint on " + drop.table() + unique.columns();
            }
            if (drop.definition() instanceof CheckConstraint check) {
                return "drop check constraint on " + drop.table() + " (" + check.expression() + ")";
            }
        }
        return operation.describe();
    }

    private static String generation(Column column) {
        return column.generated() == null ? "no" : "AS (" + column.generated().expression() + ") " + column.generated().kind();
    }

    private static List<String> changes(ColumnChange change, Column was) {
        List<String> parts = new ArrayList<>();
        if (change.type() != null) {
            parts.add("type " + (was == null ? "" : was.type() + " -> ") + change.type());
        }
        if (change.nullable() != null) {
            parts.add(change.nullable() ? "NOT NULL -> nullable" : "nullable -> NOT NULL");
        }
        if (change.serverDefault() != null || change.dropsDefault()) {
            String before = was == null ? "" : (was.serverDefault() == null ? "none" : was.serverDefault()) + " -> ";
            parts.add("default " + before + (change.dropsDefault() ? "none" : change.serverDefault()));
        }
        Column to = change.attributesOf();
        if (to != null) {
            if (was == null || !java.util.Objects.equals(was.collation(), to.collation())) {
                parts.add("collation " + (was == null ? "" : was.collation() + " -> ") + to.collation());
            }
            if (was == null || !java.util.Objects.equals(was.generated(), to.generated())) {
                parts.add("generated " + (was == null ? "" : generation(was) + " -> ") + generation(to));
            }
            if (was == null || !java.util.Objects.equals(was.comment(), to.comment())) {
                parts.add("comment " + (was == null ? "" : was.comment() + " -> ") + to.comment());
            }
            if (was == null || !was.options().equals(to.options())) {
                parts.add("options " + (was == null ? "" : was.options() + " -> ") + to.options());
            }
        }
        return parts;
    }
}
