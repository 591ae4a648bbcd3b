package dev.retort.ops;

import dev.retort.schema.Column;

/**
 * @param existing the column before the change, when known (needed to reverse; autogenerate fills it in)
 */
public record AlterColumn(String table, String column, ColumnChange change, Column existing) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Operation reverse() {
        String current = change.newName() != null ? change.newName() : column;
        ColumnChange back = ColumnChange.change();
        if (change.newName() != null) {
            back = back.rename(column);
        }
        boolean needsExisting = change.type() != null || change.nullable() != null
                || change.serverDefault() != null || change.dropsDefault() || change.attributesOf() != null;
        if (needsExisting && existing == null) {
            throw new IrreversibleOperationException(this, "the column's previous definition is not known; write the downgrade");
        }
        if (change.type() != null) {
            back = back.type(existing.type());
        }
        if (change.nullable() != null) {
            back = back.nullable(existing.isNullable());
        }
        if (change.serverDefault() != null || change.dropsDefault()) {
            back = existing.serverDefault() == null ? back.dropDefault() : back.serverDefault(existing.serverDefault());
        }
        if (change.attributesOf() != null) {
            back = back.attributesOf(existing);
        }
        Column after = existing == null ? null : applyTo(existing);
        return new AlterColumn(table, current, back, after);
    }

    /** The column as it is after this change. */
    public Column applyTo(Column before) {
        Column after = before;
        if (change.type() != null) {
            after = after.withType(change.type());
        }
        if (change.nullable() != null) {
            after = after.nullable(change.nullable());
        }
        if (change.dropsDefault()) {
            after = after.defaultValue(null);
        } else if (change.serverDefault() != null) {
            after = after.defaultValue(change.serverDefault());
        }
        if (change.attributesOf() != null) {
            Column model = change.attributesOf();
            after = new Column(after.name(), after.type(), after.isNullable(), after.serverDefault(),
                    after.isAutoIncrement(), after.isPrimaryKey(), after.isUnique(), after.references(),
                    model.collation(), model.generated(), model.comment(), model.options());
        }
        if (change.newName() != null) {
            after = after.withName(change.newName());
        }
        return after;
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column
                + (change.newName() != null ? " (rename to " + change.newName() + ")" : "");
    }
}
