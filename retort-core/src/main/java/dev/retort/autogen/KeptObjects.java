package dev.retort.autogen;

import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.Trigger;
import dev.retort.schema.Unsupported;
import dev.retort.schema.View;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Takes out of the database's schema what the models cannot describe ({@link ModelScope}), before the diff
 * sees it: a view, trigger or dialect object of a kind the models have no place for is kept, so the diff
 * neither drops it nor (the models lacking it) creates it, and is named in {@link DiffResult#kept()}. A
 * table's options the models cannot say are taken from the database into the models, and named the same way.
 * <p>
 * One exception: what belongs to a table the diff drops (a trigger on it, a partition of it, a partition of
 * such a partition) goes with that table, so it is left in and dropped explicitly, and the downgrade,
 * which recreates the table, recreates it too. Saying it is kept would be untrue.
 */
final class KeptObjects {
    /** The database's schema the diff compares, the models it compares with, and what was kept. */
    record Split(Schema current, Schema target, List<KeptObject> kept, List<ManualChange> manual) {
    }

    private KeptObjects() {
    }

    static Split split(Schema current, Schema target, ModelScope scope, DiffHooks hooks) {
        if (scope.describesEverything()) {
            return new Split(current, target, List.of(), List.of());
        }
        List<KeptObject> kept = new ArrayList<>();
        Set<String> goneOwners = new HashSet<>();
        for (Table table : current.tables()) {
            if (!hooks.ignoresTable(table.name()) && target.table(table.name()).isEmpty()) {
                goneOwners.add(key(table.name()));
            }
        }
        List<SchemaObject> objects = new ArrayList<>();
        // Parents come before their partitions (the inspector's order), so a partition of a dropped partition is seen as gone.
        for (SchemaObject object : current.objects()) {
            boolean ownerGone = object.ofTable() != null && goneOwners.contains(key(object.ofTable()));
            if (ownerGone) {
                goneOwners.add(key(object.name()));
            }
            if (ownerGone || scope.describes(object.kind())) {
                objects.add(object);
            } else if (!namedAsNotHandled(target.unsupported(), object)) {
                kept.add(new KeptObject(object.kind(), object.name(), object.ofTable(), scope.whyKept(object.kind())));
            }
        }
        List<Trigger> triggers = new ArrayList<>();
        for (Trigger trigger : current.triggers()) {
            if (scope.describes(ModelScope.TRIGGER) || goneOwners.contains(key(trigger.table()))) {
                triggers.add(trigger);
            } else if (!hooks.ignoresTable(trigger.table())) {
                kept.add(new KeptObject(ModelScope.TRIGGER, trigger.name(), trigger.table(),
                        scope.whyKept(ModelScope.TRIGGER)));
            }
        }
        List<View> views = new ArrayList<>();
        List<ManualChange> manual = new ArrayList<>();
        for (View view : current.views()) {
            if (scope.describes(ModelScope.VIEW)) {
                views.add(view);
                continue;
            }
            kept.add(new KeptObject(ModelScope.VIEW, view.name(), null, scope.whyKept(ModelScope.VIEW)));
            // A kept view cannot outlive a table it reads (PostgreSQL refuses the drop, SQLite leaves it broken),
            // and what it should become instead is for a person to say.
            current.tables().stream().map(Table::name).filter(table -> goneOwners.contains(key(table))
                    && ViewOrder.reads(view, table)).forEach(table -> manual.add(new ManualChange(table, "kept view "
                    + view.name() + " reads table " + table + ", which the models drop: drop or rewrite the view by"
                    + " hand before the table goes")));
        }
        Schema compared = new Schema(current.tables(), views, triggers, current.unsupported(), objects);
        return new Split(compared, keepTableOptions(current, target, scope, hooks, kept), kept, manual);
    }

    /**
     * The models with each table the database has given the database's options, where the models cannot say a
     * table's options: the diff then neither alters them nor asks a person to, and each is named as kept.
     */
    private static Schema keepTableOptions(Schema current, Schema target, ModelScope scope, DiffHooks hooks,
                                           List<KeptObject> kept) {
        if (scope.describes(ModelScope.TABLE_OPTION)) {
            return target;
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : target.tables()) {
            Table c = hooks.ignoresTable(t.name()) ? null : current.table(t.name()).orElse(null);
            if (c == null || c.options().equals(t.options())) {
                tables.add(t);
                continue;
            }
            c.options().forEach((key, value) -> kept.add(new KeptObject(ModelScope.TABLE_OPTION,
                    value.equals("true") ? key : key + " " + value, c.name(), scope.whyKept(ModelScope.TABLE_OPTION))));
            tables.add(t.withOptions(c.options()));
        }
        return target.withTables(tables);
    }

    /**
     * Whether the models' reader named this object as one they need and cannot create (a Hibernate sequence): it is
     * reported as not handled already, and the diff does not drop it.
     */
    static boolean namedAsNotHandled(List<Unsupported> notHandled, SchemaObject object) {
        return notHandled.stream().anyMatch(u -> u.kind().equalsIgnoreCase(object.kind())
                && u.name().equalsIgnoreCase(object.name()));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
