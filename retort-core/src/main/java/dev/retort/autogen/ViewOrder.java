package dev.retort.autogen;

import dev.retort.schema.View;
import dev.retort.sql.SqlFlavor;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlLexer.Token;

import java.util.ArrayList;
import java.util.List;

/** Orders views so each comes after the views its query reads. */
final class ViewOrder {
    private ViewOrder() {
    }

    /** Views read by others first, otherwise in the given order; a cycle (which no database allows) keeps it. */
    static List<View> readFirst(List<View> views) {
        List<View> remaining = new ArrayList<>(views);
        List<View> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            View next = remaining.stream().filter(v -> remaining.stream()
                    .noneMatch(o -> o != v && reads(v, o.name()))).findFirst().orElse(remaining.get(0));
            remaining.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    /** Whether {@code view}'s query names {@code name} (as a word or a quoted identifier, outside literals). */
    static boolean reads(View view, String name) {
        for (Token t : SqlLexer.significant(view.query(), SqlFlavor.ANY)) {
            if (t.isName() && t.identifier().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
