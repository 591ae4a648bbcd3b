package dev.retort.ops;

/** Raw SQL. @param dialect the only dialect to run it on (a dialect's name or alias), or null for all */
public record Execute(String sql, String dialect) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException(this, "raw SQL has no automatic reverse; write the downgrade");
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
