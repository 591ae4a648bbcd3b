package dev.retort.autogen;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** Orders tables so each comes after the tables its foreign keys reference. */
final class DependencyOrder {
    private DependencyOrder() {
    }

    /**
     * Referenced tables first, otherwise in the given order. Self-references do not count; tables in a
     * cycle keep their given order (SQLite does not check references at CREATE TABLE; on other databases
     * a cycle needs one foreign key added afterwards, which the author sees in review).
     */
    static List<Table> referencedFirst(List<Table> tables) {
        List<Table> remaining = new ArrayList<>(tables);
        List<Table> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream().filter(t -> !waitsFor(t, remaining)).findFirst().orElse(remaining.get(0));
            remaining.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    private static boolean waitsFor(Table table, List<Table> remaining) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.refTable().equalsIgnoreCase(table.name())) {
                continue;
            }
            for (Table other : remaining) {
                if (other != table && other.name().equalsIgnoreCase(fk.refTable())) {
                    return true;
                }
            }
        }
        return false;
    }
}
