package dev.retort.autogen;

import java.util.Objects;

/**
 * Table {@code from} is dropped and table {@code to} is created with the same columns: likely a rename. The
 * diff still drops and creates (it cannot know); the renderer writes a comment at the drop, so the reviewer
 * decides before any row is lost.
 */
public record TableRenameHint(String from, String to) {
    /** Checks that both names are given. */
    public TableRenameHint {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
