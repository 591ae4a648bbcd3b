package dev.retort.schema;

/**
 * When a constraint is checked: at the end of each statement (the SQL default), or, for a deferrable one,
 * at commit when the transaction says so or from the start ({@code INITIALLY DEFERRED}).
 */
public enum Deferrable {
    /** Checked at the end of each statement; the default, written as nothing. */
    NOT_DEFERRABLE(""),
    /** May be deferred by {@code SET CONSTRAINTS ... DEFERRED} (PostgreSQL) or is checked per statement until then. */
    DEFERRABLE("DEFERRABLE"),
    /** Checked at commit unless the transaction asks for it earlier. */
    INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferrable(String sql) {
        this.sql = sql;
    }

    /** The clause as SQL writes it after the constraint, or an empty string for the default. */
    public String sql() {
        return sql;
    }

    /** The clause after a space, as it follows a constraint in SQL and in descriptions; empty for the default. */
    public String suffix() {
        return sql.isEmpty() ? "" : " " + sql;
    }

    /**
     * Reads a clause as written ({@code DEFERRABLE INITIALLY DEFERRED}, {@code NOT DEFERRABLE},
     * {@code DEFERRABLE INITIALLY IMMEDIATE}, any case and spacing); null or empty is the default.
     */
    public static Deferrable parse(String clause) {
        if (clause == null) {
            return NOT_DEFERRABLE;
        }
        String c = clause.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
        if (c.isEmpty() || c.startsWith("NOT DEFERRABLE")) {
            return NOT_DEFERRABLE;
        }
        return c.contains("INITIALLY DEFERRED") ? INITIALLY_DEFERRED : DEFERRABLE;
    }
}
