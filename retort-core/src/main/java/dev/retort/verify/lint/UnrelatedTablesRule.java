package dev.retort.verify.lint;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guide tip 1: one migration per logical change. Tables a revision creates or changes belong to one change
 * when foreign keys link them, among the tables of that revision (a new table referencing another new
 * table, a column added with a reference, or, when the database is reachable, a link it already has).
 * Two or more groups with no link between them are unrelated changes.
 */
final class UnrelatedTablesRule implements LintRule {
    static final Rule RULE = new Rule("R005", "unrelated-tables",
            "the upgrade changes tables that no foreign key links, i.e. more than one logical change",
            "split it: one revision per group of related tables");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkRevision(RecordedRevision revision, LintContext context, List<Finding> out) {
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        List<RecordedOp> ops = revision.upgrade().ops();
        for (RecordedOp recorded : ops) {
            List<String> tables = OpFacts.tables(recorded.op());
            for (String table : tables) {
                String key = key(table);
                parent.putIfAbsent(key, key);
                spelling.putIfAbsent(key, table);
                firstLine.putIfAbsent(key, recorded.line());
            }
            for (int i = 1; i < tables.size(); i++) {
                union(parent, key(tables.get(0)), key(tables.get(i)));
            }
        }
        if (parent.size() < 2) {
            return;
        }
        for (RecordedOp recorded : ops) {
            for (String table : OpFacts.tables(recorded.op())) {
                for (String linked : OpFacts.linkedTables(recorded.op())) {
                    if (parent.containsKey(key(linked))) {
                        union(parent, key(table), key(linked));
                    }
                }
            }
        }
        for (String table : List.copyOf(parent.keySet())) {
            for (ForeignKey fk : context.database().table(spelling.get(table)).map(Table::foreignKeys).orElse(List.of())) {
                if (parent.containsKey(key(fk.refTable()))) {
                    union(parent, table, key(fk.refTable()));
                }
            }
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String table : parent.keySet()) {
            groups.computeIfAbsent(find(parent, table), k -> new ArrayList<>()).add(spelling.get(table));
        }
        if (groups.size() < 2) {
            return;
        }
        List<String> described = groups.values().stream().map(g -> String.join(", ", g)).toList();
        String secondGroupFirst = key(groups.values().stream().skip(1).findFirst().orElseThrow().get(0));
        out.add(finding(revision, firstLine.get(secondGroupFirst), Severity.WARNING, groups.size()
                + " unrelated groups of tables, no foreign key links them: " + String.join(" | ", described)));
    }

    private static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }

    private static String find(Map<String, String> parent, String node) {
        String root = node;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
