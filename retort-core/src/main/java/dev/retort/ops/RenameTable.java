package dev.retort.ops;

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
