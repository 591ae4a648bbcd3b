package dev.retort.schema;

/** A foreign key's referential action, as SQL spells it. */
public enum FkAction {
    /** Refuse the change at the end of the statement (the SQL default). */
    NO_ACTION("NO ACTION"),
    /** Refuse the change at once. */
    RESTRICT("RESTRICT"),
    /** Delete or update the referencing rows too. */
    CASCADE("CASCADE"),
    /** Set the referencing columns to NULL. */
    SET_NULL("SET NULL"),
    /** Set the referencing columns to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    FkAction(String sql) {
        this.sql = sql;
    }

    /** The action as SQL spells it, e.g. {@code SET NULL}. */
    public String sql() {
        return sql;
    }

    /** Reads {@code "SET NULL"}, {@code "set_null"} or {@code "cascade"}; null or blank means NO ACTION. */
    public static FkAction parse(String text) {
        if (text == null || text.isBlank()) {
            return NO_ACTION;
        }
        String normal = text.trim().toUpperCase().replace('_', ' ');
        for (FkAction action : values()) {
            if (action.sql.equals(normal)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown foreign key action: " + text);
    }
}
