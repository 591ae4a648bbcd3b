package dev.retort.schema;

import java.util.List;

/** How Retort compares names: without regard to case, as SQLite does and as most schemas are written. */
public final class Names {
    private Names() {
    }

    /** The same names in the same order, ignoring case: how a constraint's column list is matched. */
    public static boolean same(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
