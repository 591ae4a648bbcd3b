package dev.retort.schema;

import java.util.Objects;

/**
 * Something an inspector saw in a database (or in a schema.sql's scratch copy) that Retort cannot yet read,
 * compare or create. It is carried to the diff so that {@code check} names it and exits 3, and autogenerate
 * writes it as a {@code // Retort: not handled:} comment: Retort never reports "no differences" over
 * something it skipped.
 *
 * @param kind   what sort of object or attribute: "virtual table", "column collation", "policy"
 * @param name   which one, qualified enough to find it: {@code accounts.email}
 * @param reason why it is not handled and what the user can do about it
 */
public record Unsupported(String kind, String name, String reason) {
    /** Checks that each part is given. */
    public Unsupported {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for {@code check} and the revision comment: {@code virtual table docs_fts: module ... is not loaded}. */
    public String describe() {
        return kind + " " + name + ": " + reason;
    }
}
