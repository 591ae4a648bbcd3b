package dev.retort.ops;

/** Raw SQL. @param dialect the only dialect to run it on ("sqlite", "postgresql", "mysql"), or null for all */
public record Execute(String sql, String dialect) implements Operation {
    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException(this, "raw SQL has no automatic reverse; write the downgrade");
    }

    /**
     * Whether this SQL runs on the named dialect. "postgres" is accepted for "postgresql" and "mariadb" for
     * "mysql", the names people write as often as Retort's own.
     */
    public boolean appliesTo(String dialectName) {
        if (dialect == null) {
            return true;
        }
        String wanted = switch (dialect.toLowerCase(java.util.Locale.ROOT)) {
            case "postgres" -> "postgresql";
            case "mariadb" -> "mysql";
            default -> dialect.toLowerCase(java.util.Locale.ROOT);
        };
        return wanted.equals(dialectName);
    }

    @Override
    public String table() {
        return null;
    }

    @Override
    public String describe() {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return "execute " + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine);
    }
}
