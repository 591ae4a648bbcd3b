package dev.retort.autogen;

import dev.retort.ops.CreateTrigger;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropTrigger;
import dev.retort.ops.DropView;
import dev.retort.schema.Schema;
import dev.retort.schema.Trigger;
import dev.retort.schema.View;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares the views and triggers of two schemas. A view or trigger that changed is dropped and created
 * again (neither can be altered in place everywhere, and the pair reverses exactly). Drops come before
 * every table change and creates after them all, so a view never outlives a table it reads, nor is
 * created before one: views in the order they read each other, triggers after the views they may be on.
 */
final class ViewAndTriggerDiff {
    private final DiffHooks hooks;

    ViewAndTriggerDiff(DiffHooks hooks) {
        this.hooks = hooks;
    }

    void compare(Schema current, Schema target, DiffPlan plan) {
        List<Trigger> droppedTriggers = new ArrayList<>();
        List<Trigger> createdTriggers = new ArrayList<>();
        for (Trigger c : current.triggers()) {
            Trigger t = target.trigger(c.name()).orElse(null);
            if (!hooks.ignoresTable(c.table()) && (t == null || !hooks.sameTrigger(c, t))) {
                droppedTriggers.add(c);
            }
        }
        for (Trigger t : target.triggers()) {
            Trigger c = current.trigger(t.name()).orElse(null);
            if (c == null || !hooks.sameTrigger(c, t)) {
                createdTriggers.add(t);
            }
        }
        List<View> droppedViews = new ArrayList<>();
        List<View> createdViews = new ArrayList<>();
        for (View c : current.views()) {
            View t = target.view(c.name()).orElse(null);
            if (t == null || !hooks.sameView(c, t)) {
                droppedViews.add(c);
            }
        }
        for (View t : target.views()) {
            View c = current.view(t.name()).orElse(null);
            if (c == null || !hooks.sameView(c, t)) {
                createdViews.add(t);
            }
        }
        // A view that reads a view being re-created must be re-created too: the drop would otherwise fail or
        // leave it reading nothing.
        for (View t : target.views()) {
            if (!createdViews.contains(t) && readsAny(t, createdViews)) {
                current.view(t.name()).ifPresent(droppedViews::add);
                createdViews.add(t);
            }
        }
        droppedTriggers.forEach(c -> plan.dropViewsAndTriggers.add(new DropTrigger(c.name(), c.table(), c)));
        List<View> dropOrder = new ArrayList<>(ViewOrder.readFirst(droppedViews));
        Collections.reverse(dropOrder);
        dropOrder.forEach(c -> plan.dropViewsAndTriggers.add(new DropView(c.name(), c)));
        ViewOrder.readFirst(createdViews).forEach(t -> plan.createViewsAndTriggers.add(new CreateView(t)));
        createdTriggers.forEach(t -> plan.createViewsAndTriggers.add(new CreateTrigger(t)));
    }

    private static boolean readsAny(View view, List<View> others) {
        return others.stream().anyMatch(o -> !o.name().equalsIgnoreCase(view.name()) && ViewOrder.reads(view, o.name()));
    }
}
