package dev.retort.autogen;

import java.util.Objects;

/**
 * In {@code table}, column {@code from} is dropped and column {@code to} is added with a type that could
 * hold the same data: likely a rename. The diff still drops and adds (it cannot know); the renderer writes
 * a comment so the reviewer decides before any data is lost.
 */
public record RenameHint(String table, String from, String to) {
    public RenameHint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
