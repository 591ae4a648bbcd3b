package dev.retort.ops;

/** Renames a table; the reverse renames it back. */
public record RenameTable(String table, String newName) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        return new RenameTable(newName, table);
    }

    @Override
    public String describe() {
        return "rename table " + table + " to " + newName;
    }
}
