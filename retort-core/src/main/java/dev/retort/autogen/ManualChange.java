package dev.retort.autogen;

import java.util.Objects;

/**
 * A difference the diff found but cannot express as operations (a changed primary key, for one). It
 * counts as drift for {@code retort check}; the renderer writes it as a comment for the author to handle.
 *
 * @param description one line naming the table, what differs and what to do
 */
public record ManualChange(String table, String description) {
    public ManualChange {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(description, "description");
    }
}
