package dev.retort.dialect.sqlite;

import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateTrigger;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropTrigger;
import dev.retort.ops.DropView;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups a revision's operations so that all changes to one table share one rebuild.
 * <p>
 * The rule: changes to a table's definition (columns, constraints, indexes) join that table's open
 * group, which runs at the position of its first operation; later changes to the same table move up to
 * it. That is safe because SQLite resolves foreign keys, views and triggers by name when they are used,
 * not when they are created, so a change to table T never depends on a change to another table made
 * in between. Operations that can observe or rename a table close groups, and later changes start a new
 * group: {@code execute} (raw SQL may read or write anything), {@code renameTable} and the view and
 * trigger operations close every group; {@code bulkInsert}, {@code createTable} and {@code dropTable} close their table's group.
 * {@code batchAlterTable} contributes its operations to its table's group like any others. A group runs
 * with native ALTER TABLE statements when all its changes allow it, and as one rebuild otherwise.
 */
final class SqliteRebuildPlanner {

    sealed interface Step permits Single, TableGroup {
    }

    /** An operation that runs on its own, where it stands. */
    record Single(Operation operation) implements Step {
    }

    /** Changes to one table, carried out together. */
    record TableGroup(String table, List<Operation> operations) implements Step {
    }

    private SqliteRebuildPlanner() {
    }

    /**
     * @param indexTable finds the table of an index that a {@link DropIndex} names without one (from the
     *                   database); indexes created earlier in the same list are found without it
     */
    static List<Step> plan(List<Operation> operations, Function<String, String> indexTable) {
        List<Step> steps = new ArrayList<>();
        Map<String, List<Operation>> open = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> createdIndexes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Operation operation : flatten(operations)) {
            if (operation instanceof Execute || operation instanceof RenameTable || isViewOrTrigger(operation)) {
                open.clear();
                steps.add(new Single(operation));
            } else if (operation instanceof BulkInsert || operation instanceof CreateTable || operation instanceof DropTable) {
                open.remove(operation.table());
                steps.add(new Single(operation));
            } else {
                String table = operation.table();
                if (operation instanceof CreateIndex create) {
                    createdIndexes.put(create.index().name(), create.index().table());
                } else if (operation instanceof DropIndex drop && table == null) {
                    table = createdIndexes.containsKey(drop.name()) ? createdIndexes.get(drop.name())
                            : indexTable.apply(drop.name());
                }
                if (table == null) {
                    steps.add(new Single(operation));
                    continue;
                }
                List<Operation> group = open.get(table);
                if (group == null) {
                    group = new ArrayList<>();
                    open.put(table, group);
                    steps.add(new TableGroup(table, group));
                }
                group.add(operation);
            }
        }
        return steps;
    }

    /**
     * Views and triggers read tables by name when they are created, so a change planned before one must run
     * before it: it closes every group, as raw SQL does.
     */
    private static boolean isViewOrTrigger(Operation operation) {
        return operation instanceof CreateView || operation instanceof DropView
                || operation instanceof CreateTrigger || operation instanceof DropTrigger;
    }

    private static List<Operation> flatten(List<Operation> operations) {
        List<Operation> flat = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation instanceof BatchAlterTable batch) {
                flat.addAll(flatten(batch.operations()));
            } else {
                flat.add(operation);
            }
        }
        return flat;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
