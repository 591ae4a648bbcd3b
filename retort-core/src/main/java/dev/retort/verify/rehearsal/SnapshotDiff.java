package dev.retort.verify.rehearsal;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What changed between two snapshots, in words a reader can act on. */
final class SnapshotDiff {
    private SnapshotDiff() {
    }

    /** Tables, columns, constraints, indexes and views that differ; empty when the schemas are the same. */
    static List<String> schema(Schema before, Schema after) {
        List<String> out = new ArrayList<>();
        for (Table was : before.tables()) {
            Optional<Table> now = after.table(was.name());
            if (now.isEmpty()) {
                out.add("table " + was.name() + " is gone");
            } else if (!inAnyOrder(was).equals(inAnyOrder(now.get()))) {
                out.add(table(was, now.get()));
            }
        }
        for (Table now : after.tables()) {
            if (before.table(now.name()).isEmpty()) {
                out.add("table " + now.name() + " is new");
            }
        }
        for (View was : before.views()) {
            if (!after.views().contains(was)) {
                out.add("view " + was.name() + " is gone or changed");
            }
        }
        for (View now : after.views()) {
            if (!before.views().contains(now)) {
                out.add("view " + now.name() + " is new or changed");
            }
        }
        return out;
    }

    /**
     * The table with its columns and constraints in a fixed order. Order is not part of what a revision
     * must restore: a downgrade that re-adds a dropped column can only append it, and SQLite lists
     * constraints in the order the last rebuild wrote them.
     */
    private static Table inAnyOrder(Table table) {
        java.util.Comparator<Object> byText = java.util.Comparator.comparing(o -> o.toString().toLowerCase(java.util.Locale.ROOT));
        return new Table(table.name(),
                table.columns().stream().sorted(java.util.Comparator.comparing(c -> c.name().toLowerCase(java.util.Locale.ROOT))).toList(),
                table.primaryKey(),
                table.uniques().stream().sorted(byText).toList(),
                table.foreignKeys().stream().sorted(byText).toList(),
                table.checks().stream().sorted(byText).toList(),
                table.indexes().stream().sorted(byText).toList());
    }

    private static String table(Table was, Table now) {
        List<String> parts = new ArrayList<>();
        for (Column column : was.columns()) {
            Optional<Column> still = now.column(column.name());
            if (still.isEmpty()) {
                parts.add("column " + column.name() + " is gone");
            } else if (!column.equals(still.get())) {
                parts.add(ColumnDifference.describe(column, still.get()));
            }
        }
        for (Column column : now.columns()) {
            if (was.column(column.name()).isEmpty()) {
                parts.add("column " + column.name() + " is new");
            }
        }
        for (dev.retort.schema.Index index : was.indexes()) {
            if (now.indexes().stream().noneMatch(i -> i.name().equalsIgnoreCase(index.name()))) {
                parts.add("index " + index.name() + " is gone");
            }
        }
        for (dev.retort.schema.Index index : now.indexes()) {
            if (was.indexes().stream().noneMatch(i -> i.name().equalsIgnoreCase(index.name()))) {
                parts.add("index " + index.name() + " is new");
            }
        }
        if (parts.isEmpty()) {
            parts.add(constraints(was, now));
        }
        return "table " + was.name() + ": " + String.join(", ", parts);
    }

    private static String constraints(Table was, Table now) {
        if (!Objects.equals(was.primaryKey(), now.primaryKey())) {
            return "primary key changed";
        }
        Table a = inAnyOrder(was);
        Table b = inAnyOrder(now);
        List<String> parts = new ArrayList<>();
        elements(parts, "foreign key", a.foreignKeys(), b.foreignKeys());
        elements(parts, "unique constraint", a.uniques(), b.uniques());
        elements(parts, "check", a.checks(), b.checks());
        elements(parts, "index", a.indexes(), b.indexes());
        return parts.isEmpty() ? "definition changed" : String.join(", ", parts);
    }

    /** Each element only one side has, as it reads: what went and what came instead. */
    private static void elements(List<String> parts, String what, List<?> before, List<?> after) {
        before.stream().filter(e -> !after.contains(e)).forEach(e -> parts.add(what + " " + e + " is gone"));
        after.stream().filter(e -> !before.contains(e)).forEach(e -> parts.add(what + " " + e + " is new"));
    }

    /**
     * Tables whose row count differs, as {@code orders: 3 -> 0}. Only tables that exist in all three snapshots
     * count: a table one of the steps drops loses its rows by design (lint flags the drop); what this looks
     * for is rows lost that nobody asked to lose, such as a rebuild cascading into another table.
     */
    static List<String> rows(Map<String, Long> before, Map<String, Long> between, Map<String, Long> after) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Long> entry : before.entrySet()) {
            Long now = after.get(entry.getKey());
            if (now != null && between.containsKey(entry.getKey()) && !now.equals(entry.getValue())) {
                out.add(entry.getKey() + ": " + entry.getValue() + " -> " + now);
            }
        }
        return out;
    }

    /** Tables with more rows breaking a foreign key than before. */
    static List<String> newViolations(Map<String, Long> before, Map<String, Long> after) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Long> entry : after.entrySet()) {
            long was = before.getOrDefault(entry.getKey(), 0L);
            if (entry.getValue() > was) {
                long added = entry.getValue() - was;
                out.add(entry.getKey() + " has " + added + " new row" + (added == 1 ? "" : "s") + " referencing missing parents");
            }
        }
        return out;
    }
}
