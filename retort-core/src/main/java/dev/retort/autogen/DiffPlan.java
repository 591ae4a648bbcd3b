package dev.retort.autogen;

import dev.retort.ops.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * The diff's operations sorted into phases, so the result applies on any dialect and its reverse does too:
 * <ol>
 *   <li>drop triggers and views that go away or change (before the tables they read);</li>
 *   <li>drop foreign keys, then indexes and constraints, that go away or change (before what they use);</li>
 *   <li>drop the dialect objects that belong to a table (partitions), then tables, referencing tables first;</li>
 *   <li>create or change the dialect's own objects (enum types, extensions), before the columns that use them;</li>
 *   <li>column changes in each remaining table;</li>
 *   <li>create indexes and constraints on remaining tables (after the columns they use, and before new
 *       tables that reference a newly unique column, which PostgreSQL requires);</li>
 *   <li>create tables, referenced tables first, each followed by its indexes;</li>
 *   <li>create the dialect objects that belong to a table (partitions), after it;</li>
 *   <li>create foreign keys on remaining tables, once every table they reference exists;</li>
 *   <li>create views, in the order they read each other, then triggers;</li>
 *   <li>drop the dialect objects that go away, once nothing uses them.</li>
 * </ol>
 * Reversed, the same order holds: foreign keys go first, tables come back before their references.
 */
final class DiffPlan {
    final List<Operation> dropViewsAndTriggers = new ArrayList<>();
    final List<Operation> dropForeignKeys = new ArrayList<>();
    final List<Operation> dropIndexesAndConstraints = new ArrayList<>();
    final List<Operation> dropTableObjects = new ArrayList<>();
    final List<Operation> dropTables = new ArrayList<>();
    final List<Operation> createObjects = new ArrayList<>();
    final List<Operation> columns = new ArrayList<>();
    final List<Operation> createIndexesAndConstraints = new ArrayList<>();
    final List<Operation> createTables = new ArrayList<>();
    final List<Operation> createTableObjects = new ArrayList<>();
    final List<Operation> createForeignKeys = new ArrayList<>();
    final List<Operation> dropObjects = new ArrayList<>();
    final List<Operation> createViewsAndTriggers = new ArrayList<>();
    final List<RenameHint> renameHints = new ArrayList<>();
    final List<ManualChange> manualChanges = new ArrayList<>();
    final List<dev.retort.schema.Unsupported> notHandled = new ArrayList<>();
    final List<TableRenameHint> tableRenameHints = new ArrayList<>();
    final List<KeptObject> kept = new ArrayList<>();

    DiffResult result() {
        List<Operation> all = new ArrayList<>();
        all.addAll(dropViewsAndTriggers);
        all.addAll(dropForeignKeys);
        all.addAll(dropIndexesAndConstraints);
        all.addAll(dropTableObjects);
        all.addAll(dropTables);
        all.addAll(createObjects);
        all.addAll(columns);
        all.addAll(createIndexesAndConstraints);
        all.addAll(createTables);
        all.addAll(createTableObjects);
        all.addAll(createForeignKeys);
        all.addAll(createViewsAndTriggers);
        all.addAll(dropObjects);
        return new DiffResult(all, renameHints, manualChanges, notHandled, tableRenameHints, kept);
    }
}
