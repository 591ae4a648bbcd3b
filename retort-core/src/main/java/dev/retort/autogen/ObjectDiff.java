package dev.retort.autogen;

import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Unsupported;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the objects only one dialect has ({@link SchemaObject}: enum types, extensions) by kind and name.
 * Each is created and dropped by the statements it carries, as an {@code execute} on that dialect with its
 * reverse, so the downgrade is the upgrade reversed; a changed one is altered where the dialect's hooks know
 * how, else dropped and created again. One the models name as not handled is left as it is.
 */
final class ObjectDiff {
    private final DiffHooks hooks;
    private final DiffPlan plan;

    ObjectDiff(DiffHooks hooks, DiffPlan plan) {
        this.hooks = hooks;
        this.plan = plan;
    }

    /**
     * @param targetLeftOut what the target's reader saw and could not handle: a current object of that kind and
     *                      name (a Hibernate sequence the entities need, which the database has) is not dropped
     */
    void compare(List<SchemaObject> current, List<SchemaObject> target, List<Unsupported> targetLeftOut) {
        for (SchemaObject t : target) {
            SchemaObject c = find(current, t);
            List<Operation> creates = t.ofTable() == null ? plan.createObjects : plan.createTableObjects;
            if (c == null) {
                creates.add(create(t));
            } else if (!c.create().equals(t.create())) {
                List<Operation> altered = hooks.alterObject(c, t);
                if (altered != null && altered.isEmpty()) {
                    plan.manualChanges.add(new ManualChange(t.name(), t.kind() + " " + t.name() + " differs and "
                            + "cannot be changed in place (" + c.create() + " -> " + t.create() + "): write the change"
                            + " by hand in the revision"));
                } else if (altered != null) {
                    creates.addAll(altered);
                } else {
                    (c.ofTable() == null ? plan.createObjects : plan.dropTableObjects).add(drop(c));
                    creates.add(create(t));
                }
            }
        }
        List<SchemaObject> gone = new ArrayList<>();
        for (SchemaObject c : current) {
            if (find(target, c) == null && !KeptObjects.namedAsNotHandled(targetLeftOut, c)) {
                gone.add(c);
            }
        }
        // Dropped last first: a type made after an extension may depend on it.
        for (int i = gone.size() - 1; i >= 0; i--) {
            SchemaObject c = gone.get(i);
            (c.ofTable() == null ? plan.dropObjects : plan.dropTableObjects).add(drop(c));
        }
    }

    private Execute create(SchemaObject object) {
        return new Execute(object.create(), hooks.dialectName(), object.drop());
    }

    private Execute drop(SchemaObject object) {
        return new Execute(object.drop(), hooks.dialectName(), object.create());
    }

    private static SchemaObject find(List<SchemaObject> objects, SchemaObject like) {
        return objects.stream().filter(o -> o.kind().equals(like.kind()) && o.name().equalsIgnoreCase(like.name()))
                .findFirst().orElse(null);
    }
}
