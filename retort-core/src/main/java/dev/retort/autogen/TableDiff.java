package dev.retort.autogen;

import dev.retort.schema.Names;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterTableOptions;
import dev.retort.ops.ColumnChange;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Deferrable;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Compares one table that exists on both sides and files the differences into a {@link DiffPlan}. */
final class TableDiff {
    private final DiffHooks hooks;
    private final Table current;
    private final Table target;
    private final String table;
    private final DiffPlan plan;

    TableDiff(DiffHooks hooks, Table current, Table target, DiffPlan plan) {
        this.hooks = hooks;
        this.current = current;
        this.target = target;
        this.table = target.name();
        this.plan = plan;
    }

    void compare() {
        details();
        columns();
        primaryKey();
        uniques();
        foreignKeys();
        checks();
        indexes();
    }

    /**
     * A table's comment and dialect options: by the dialect's own statements where its hooks give them, else its
     * options with {@code alterTableOptions} (a comment then needs a person).
     */
    private void details() {
        boolean sameOptions = current.options().equals(target.options());
        if (Objects.equals(current.comment(), target.comment()) && sameOptions) {
            return;
        }
        List<Operation> operations = hooks.alterTableDetails(current, target);
        if (operations == null && Objects.equals(current.comment(), target.comment())) {
            plan.columns.add(new AlterTableOptions(table, target.options(), current.options()));
        } else if (operations == null || operations.isEmpty()) {
            plan.manualChanges.add(new ManualChange(table, table + ": the table's comment or options differ ("
                    + describeDetails(current.comment(), current.options()) + " -> "
                    + describeDetails(target.comment(), target.options()) + "); Retort cannot change that here:"
                    + " change it by hand in the revision"));
        } else {
            plan.columns.addAll(operations);
        }
    }

    private static String describeDetails(String comment, java.util.Map<String, String> attributes) {
        List<String> parts = new ArrayList<>();
        if (comment != null) {
            parts.add("comment '" + comment + "'");
        }
        attributes.forEach((k, v) -> parts.add(k + " " + v));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private void columns() {
        List<Column> added = new ArrayList<>();
        List<Column> dropped = new ArrayList<>();
        List<AlterColumn> altered = new ArrayList<>();
        for (Column t : target.columns()) {
            Column c = current.column(t.name()).orElse(null);
            if (c == null) {
                added.add(t);
            } else {
                alter(c, t, altered);
            }
        }
        for (Column c : current.columns()) {
            if (target.column(c.name()).isEmpty()) {
                dropped.add(c);
            }
        }
        // A likely rename: drop and add side by side, so the renderer's comment can say "replace both lines".
        for (Column d : new ArrayList<>(dropped)) {
            Column a = added.stream().filter(x -> hooks.sameType(d.type(), x.type())).findFirst().orElse(null);
            if (a != null) {
                dropped.remove(d);
                added.remove(a);
                plan.renameHints.add(new RenameHint(table, d.name(), a.name()));
                plan.columns.add(new DropColumn(table, d.name(), d));
                plan.columns.add(new AddColumn(table, a));
            }
        }
        added.forEach(a -> plan.columns.add(new AddColumn(table, a)));
        plan.columns.addAll(altered);
        dropped.forEach(d -> plan.columns.add(new DropColumn(table, d.name(), d)));
    }

    /**
     * A column's collation, generation, comment and dialect options: by the dialect's own statements where its
     * hooks give them, else as part of {@code alterColumn}.
     */
    private ColumnChange columnDetails(Column c, Column t, ColumnChange change) {
        if (hooks.sameAttributes(c, t)) {
            return change;
        }
        List<Operation> operations = hooks.alterColumnDetails(table, c, t);
        if (operations == null) {
            return change.attributesOf(t);
        }
        if (operations.isEmpty()) {
            plan.manualChanges.add(new ManualChange(table, table + "." + t.name() + ": the column's comment, collation,"
                    + " generation or options differ (" + columnDetails(c) + " -> " + columnDetails(t) + "); Retort cannot"
                    + " change that here: change it by hand in the revision"));
        } else {
            plan.columns.addAll(operations);
        }
        return change;
    }

    private static String columnDetails(Column column) {
        String described = describeDetails(column.comment(), column.options());
        String collated = column.collation() == null ? described : described + ", collation " + column.collation();
        return column.generated() == null ? collated : collated + ", generated as " + column.generated().expression();
    }

    private void alter(Column c, Column t, List<AlterColumn> altered) {
        boolean key = inKey(current.primaryKey(), c.name()) && inKey(target.primaryKey(), t.name());
        boolean generatedKey = key && target.primaryKey().columns().size() == 1
                && (c.isAutoIncrement() || t.isAutoIncrement());
        ColumnChange change = ColumnChange.change();
        if (!(generatedKey ? hooks.sameGeneratedKeyType(c.type(), t.type()) : hooks.sameType(c.type(), t.type()))) {
            change = change.type(t.type());
        }
        if (!hooks.sameNullability(c, t, key)) {
            change = change.nullable(t.isNullable());
        }
        if (!hooks.sameDefault(c.serverDefault(), t.serverDefault())) {
            change = t.serverDefault() == null ? change.dropDefault() : change.serverDefault(t.serverDefault());
        }
        change = columnDetails(c, t, change);
        if (!change.isEmpty()) {
            altered.add(new AlterColumn(table, t.name(), change, c));
        }
        if (!hooks.sameAutoIncrement(c, t)) {
            plan.manualChanges.add(new ManualChange(table, table + "." + t.name() + " is "
                    + (t.isAutoIncrement() ? "" : "no longer ") + "generated in the models; Retort has no operation"
                    + " for that: change it by hand in the revision (where the database cannot alter it, recreate the table)"));
        }
    }

    /**
     * A changed key (its columns or when it is checked) is dropped with the other constraints and created after
     * the columns it may need.
     */
    private void primaryKey() {
        if (keyColumns(current.primaryKey()).equals(keyColumns(target.primaryKey()))
                && deferrable(current.primaryKey()) == deferrable(target.primaryKey())) {
            return;
        }
        if (current.primaryKey() != null) {
            plan.dropIndexesAndConstraints.add(new DropPrimaryKey(table, current.primaryKey()));
        }
        if (target.primaryKey() != null) {
            plan.createIndexesAndConstraints.add(new CreatePrimaryKey(table, target.primaryKey()));
        }
    }

    private void uniques() {
        Pairing<UniqueConstraint> pairing = Pairing.of(current.uniques(), target.uniques(), UniqueConstraint::name,
                (a, b) -> Names.same(a.columns(), b.columns()));
        for (Pairing.Pair<UniqueConstraint> pair : pairing.pairs()) {
            if (!Names.same(pair.current().columns(), pair.target().columns())
                    || pair.current().deferrable() != pair.target().deferrable()) {
                dropUnique(pair.current());
                plan.createIndexesAndConstraints.add(new CreateUniqueConstraint(table, pair.target()));
            }
        }
        pairing.onlyCurrent().forEach(this::dropUnique);
        pairing.onlyTarget().forEach(u -> plan.createIndexesAndConstraints.add(new CreateUniqueConstraint(table, u)));
    }

    private void dropUnique(UniqueConstraint u) {
        plan.dropIndexesAndConstraints.add(new DropConstraint(table, u.name(), u));
    }

    private void foreignKeys() {
        Pairing<ForeignKey> pairing = Pairing.of(current.foreignKeys(), target.foreignKeys(), ForeignKey::name,
                this::sameReference);
        for (Pairing.Pair<ForeignKey> pair : pairing.pairs()) {
            ForeignKey c = pair.current();
            ForeignKey t = pair.target();
            if (!sameReference(c, t) || c.onDelete() != t.onDelete() || c.onUpdate() != t.onUpdate()
                    || c.deferrable() != t.deferrable() || !java.util.Objects.equals(c.match(), t.match())) {
                plan.dropForeignKeys.add(new DropConstraint(table, c.name(), c));
                createForeignKey(t.name() == null && c.name() != null ? t.named(c.name()) : t);
            }
        }
        pairing.onlyCurrent().forEach(c -> plan.dropForeignKeys.add(new DropConstraint(table, c.name(), c)));
        pairing.onlyTarget().forEach(this::createForeignKey);
    }

    /**
     * A foreign key added to an existing table gets a name when the model gives none, so the downgrade can
     * drop it by name; the next diff still matches it with the unnamed one in the models.
     */
    private void createForeignKey(ForeignKey fk) {
        String generated = "fk_" + table + "_" + String.join("_", fk.columns()) + "_" + fk.refTable();
        ForeignKey named = fk.name() != null ? fk : fk.named(generated.toLowerCase(Locale.ROOT));
        plan.createForeignKeys.add(new CreateForeignKey(table, named));
    }

    private boolean sameReference(ForeignKey a, ForeignKey b) {
        return Names.same(a.columns(), b.columns()) && a.refTable().equalsIgnoreCase(b.refTable())
                && Names.same(a.refColumns(), b.refColumns());
    }

    private void checks() {
        Pairing<CheckConstraint> pairing = Pairing.of(current.checks(), target.checks(), CheckConstraint::name,
                (a, b) -> hooks.sameExpression(a.expression(), b.expression()));
        for (Pairing.Pair<CheckConstraint> pair : pairing.pairs()) {
            if (!hooks.sameExpression(pair.current().expression(), pair.target().expression())) {
                plan.dropIndexesAndConstraints.add(new DropConstraint(table, pair.current().name(), pair.current()));
                plan.createIndexesAndConstraints.add(new CreateCheckConstraint(table, pair.target()));
            }
        }
        pairing.onlyCurrent().forEach(c -> plan.dropIndexesAndConstraints.add(new DropConstraint(table, c.name(), c)));
        pairing.onlyTarget().forEach(t -> plan.createIndexesAndConstraints.add(new CreateCheckConstraint(table, t)));
    }

    private void indexes() {
        List<Index> existing = current.indexes().stream().filter(i -> !hooks.ignoresIndex(i.name())).toList();
        for (Index c : existing) {
            Index t = target.indexes().stream().filter(i -> i.name().equalsIgnoreCase(c.name())).findFirst().orElse(null);
            if (t == null || !sameIndex(c, t)) {
                plan.dropIndexesAndConstraints.add(new DropIndex(c.name(), table, c));
            }
        }
        for (Index t : target.indexes()) {
            Index c = existing.stream().filter(i -> i.name().equalsIgnoreCase(t.name())).findFirst().orElse(null);
            if (c == null || !sameIndex(c, t)) {
                plan.createIndexesAndConstraints.add(new CreateIndex(t));
            }
        }
    }

    private boolean sameIndex(Index a, Index b) {
        if (a.isUnique() != b.isUnique() || a.columns().size() != b.columns().size()) {
            return false;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            if (!hooks.sameExpression(a.columns().get(i), b.columns().get(i))) {
                return false;
            }
        }
        return hooks.sameExpression(a.where(), b.where()) && hooks.sameIndexMethod(a.method(), b.method())
                && Names.same(a.include(), b.include()) && a.isNullsNotDistinct() == b.isNullsNotDistinct();
    }

    private static boolean inKey(PrimaryKey key, String column) {
        return key != null && key.columns().stream().anyMatch(column::equalsIgnoreCase);
    }

    private static Deferrable deferrable(PrimaryKey key) {
        return key == null ? Deferrable.NOT_DEFERRABLE : key.deferrable();
    }

    private static List<String> keyColumns(PrimaryKey key) {
        return key == null ? List.of() : key.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

}
