package dev.retort.ops;

/** Raw SQL. @param dialect the only dialect to run it on ("sqlite", "postgresql", "mysql"), or null for all */
public record Execute(String sql, String dialect) implements Operation {
    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException(this, "raw SQL has no automatic reverse; write the downgrade");
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
