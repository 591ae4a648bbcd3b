package dev.retort.schema;

/** A foreign key's referential action, as SQL spells it. */
public enum FkAction {
    NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    FkAction(String sql) {
        this.sql = sql;
    }

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
