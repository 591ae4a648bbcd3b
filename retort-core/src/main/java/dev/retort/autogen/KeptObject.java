package dev.retort.autogen;

import java.util.Objects;

/**
 * Something the database holds that the models cannot describe ({@link ModelScope}), such as a trigger a JPA
 * project added in a revision by hand: the diff neither creates nor drops it, and names it, so it is never
 * passed over in silence. It is not a difference: {@code check} prints it and still exits 0 (see
 * {@link DiffResult#kept()}).
 *
 * @param kind    "view", "trigger", or a dialect object's kind ("function", "sequence", "partition")
 * @param name    its name
 * @param ofTable the table a trigger fires on or a partition belongs to, else null
 * @param reason  why it is kept: "the JPA models do not describe triggers"
 */
public record KeptObject(String kind, String name, String ofTable, String reason) {
    /** Checks the parts are there. */
    public KeptObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code trigger audit_users on users (the JPA models do not describe triggers; Retort leaves it as it is)}. */
    public String describe() {
        String where = ofTable == null ? "" : (kind.equals(ModelScope.TRIGGER) ? " on " : " of ") + ofTable;
        return kind + " " + name + where + " (" + reason + "; Retort leaves it as it is)";
    }
}
