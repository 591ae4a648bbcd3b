package dev.retort.ops;

/**
 * Raw SQL.
 *
 * @param dialect    the only dialect to run it on (a dialect's name or alias), or null for all
 * @param reverseSql the SQL that undoes it, when its author (or autogenerate) knows it; null otherwise
 */
public record Execute(String sql, String dialect, String reverseSql) implements Operation {
    /** Raw SQL without a known reverse. */
    public Execute(String sql, String dialect) {
        this(sql, dialect, null);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    /** The reverse SQL, run on the same dialect; without one, the downgrade must be written by hand. */
    @Override
    public Operation reverse() {
        if (reverseSql == null) {
            throw new IrreversibleOperationException(this, "raw SQL has no automatic reverse; write the downgrade");
        }
        return new Execute(reverseSql, dialect, sql);
    }

    /**
     * Whether this SQL runs on the dialect that answers to {@code dialectNames}: its name and the aliases people
     * write as often (each dialect says which).
     */
    public boolean appliesTo(java.util.Set<String> dialectNames) {
        return dialect == null || dialectNames.contains(dialect.toLowerCase(java.util.Locale.ROOT));
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
