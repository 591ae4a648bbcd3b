package dev.retort.autogen;

import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.Unsupported;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Compares the schema a database has with the schema the models describe and lists the operations that
 * turn one into the other, each carrying what its {@code reverse()} needs, so the downgrade is the upgrade
 * reversed. Names compare without regard to case, as SQLite treats them; what else counts as "the same"
 * is up to the {@link DiffHooks}. Views and triggers are compared by {@link ViewAndTriggerDiff}, a dialect's
 * own objects by {@link ObjectDiff}; of the kinds the models cannot describe ({@link ModelScope}), the
 * database's objects are kept as they are and named.
 */
public final class SchemaDiff {
    private final DiffHooks hooks;

    public SchemaDiff() {
        this(new DiffHooks());
    }

    public SchemaDiff(DiffHooks hooks) {
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    /** The operations alone; see {@link #compare} for rename hints and changes that need a person. */
    public List<Operation> diff(Schema current, Schema target) {
        return compare(current, target).operations();
    }

    /** The comparison of models that describe every kind of object, as a {@code schema.sql} does. */
    public DiffResult compare(Schema current, Schema target) {
        return compare(current, target, ModelScope.everything());
    }

    /**
     * The comparison of models that describe what {@code scope} says: the database's objects of other kinds are
     * neither created nor dropped but listed in {@link DiffResult#kept()} ({@link KeptObjects}).
     */
    public DiffResult compare(Schema current, Schema target, ModelScope scope) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scope, "scope");
        DiffPlan plan = new DiffPlan();
        KeptObjects.Split split = KeptObjects.split(current, target, scope, hooks);
        plan.kept.addAll(split.kept());
        plan.manualChanges.addAll(split.manual());
        current = split.current();
        target = split.target();
        leftOut(current, target, plan);
        new ViewAndTriggerDiff(hooks).compare(current, target, plan);
        new ObjectDiff(hooks, plan).compare(current.objects(), target.objects(), target.unsupported());
        List<Table> created = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        for (Table t : target.tables()) {
            if (hooks.ignoresTable(t.name())) {
                continue;
            }
            Table c = current.table(t.name()).orElse(null);
            if (c == null) {
                created.add(t);
            } else if (hooks.isReplacedWhole(c, t)) {
                if (hooks.recreates(c, t)) {
                    dropped.add(c);
                    created.add(t);
                }
            } else {
                new TableDiff(hooks, c, t, plan).compare();
            }
        }
        for (Table c : current.tables()) {
            if (!hooks.ignoresTable(c.name()) && target.table(c.name()).isEmpty()) {
                dropped.add(c);
            }
        }
        proposeTableRenames(dropped, created, plan);
        for (Table t : DependencyOrder.referencedFirst(created)) {
            // Indexes travel as their own operations, so that reversing them (and the table) is exact.
            plan.createTables.add(new CreateTable(t.withIndexes(List.of())));
            for (Index index : t.indexes()) {
                plan.createTables.add(new CreateIndex(index));
            }
        }
        List<Table> dropOrder = new ArrayList<>(DependencyOrder.referencedFirst(dropped));
        Collections.reverse(dropOrder);
        for (Table c : dropOrder) {
            for (Index index : c.indexes()) {
                if (!hooks.ignoresIndex(index.name())) {
                    plan.dropTables.add(new DropIndex(index.name(), c.name(), index));
                }
            }
            plan.dropTables.add(new DropTable(c.name(), c.withIndexes(List.of())));
        }
        return plan.result();
    }

    /**
     * A dropped and a created table with the same columns (names and types, in any order) are likely one
     * table renamed: each dropped table is paired with the first such created one.
     */
    private void proposeTableRenames(List<Table> dropped, List<Table> created, DiffPlan plan) {
        List<Table> candidates = new ArrayList<>(created);
        for (Table d : dropped) {
            Table match = candidates.stream().filter(c -> sameColumns(d, c)).findFirst().orElse(null);
            if (match != null && !d.columns().isEmpty()) {
                candidates.remove(match);
                plan.tableRenameHints.add(new TableRenameHint(d.name(), match.name()));
            }
        }
    }

    private boolean sameColumns(Table a, Table b) {
        if (a.columns().size() != b.columns().size()) {
            return false;
        }
        for (dev.retort.schema.Column column : a.columns()) {
            dev.retort.schema.Column other = b.column(column.name()).orElse(null);
            if (other == null || !hooks.sameType(column.type(), other.type())) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the database and the models hold that their readers could not handle, each named once: the diff
     * cannot say the schemas match while either side has something nobody compared.
     */
    private static void leftOut(Schema current, Schema target, DiffPlan plan) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Unsupported> side : List.of(current.unsupported(), target.unsupported())) {
            for (Unsupported u : side) {
                if (seen.add(u.kind().toLowerCase(java.util.Locale.ROOT) + "\0" + u.name().toLowerCase(java.util.Locale.ROOT))) {
                    plan.notHandled.add(u);
                }
            }
        }
    }
}
