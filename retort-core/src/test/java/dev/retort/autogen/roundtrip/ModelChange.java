package dev.retort.autogen.roundtrip;

import dev.retort.schema.Schema;

import java.util.Objects;

/** One row of the table: models before and after a change, named as a reviewer would say it. */
record ModelChange(String name, Schema before, Schema after) {
    ModelChange {
        Objects.requireNonNull(name, "name");
        if (before.equals(after)) {
            throw new IllegalArgumentException(name + ": before and after are the same");
        }
    }

    /** The same change undone, under its own name ("column added" becomes "column dropped"). */
    ModelChange reversed(String reverseName) {
        return new ModelChange(reverseName, after, before);
    }

    @Override
    public String toString() {
        return name;
    }
}
