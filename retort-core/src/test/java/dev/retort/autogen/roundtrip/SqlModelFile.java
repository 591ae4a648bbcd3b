package dev.retort.autogen.roundtrip;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a schema as a hand-kept {@code schema.sql}: one-column keys, unnamed one-column uniques and
 * one-column foreign keys inline on the column, as people write them; the rest as table constraints.
 */
final class SqlModelFile implements ModelFormat {
    @Override
    public String toString() {
        return "schema.sql";
    }

    @Override
    public boolean canExpress(Schema schema) {
        return true;
    }

    @Override
    public Path write(Path projectDir, Schema schema) throws IOException {
        StringBuilder sql = new StringBuilder("-- the application's schema, kept by hand\n");
        for (Table table : schema.tables()) {
            sql.append(createTable(table));
            for (Index index : table.indexes()) {
                sql.append("CREATE ").append(index.isUnique() ? "UNIQUE " : "").append("INDEX ").append(index.name())
                        .append(" ON ").append(index.table()).append(" (").append(String.join(", ", index.columns()))
                        .append(")").append(index.where() == null ? "" : " WHERE " + index.where()).append(";\n");
            }
            sql.append('\n');
        }
        Path file = projectDir.resolve("schema.sql");
        Files.writeString(file, sql.toString());
        return file;
    }

    private static String createTable(Table table) {
        List<String> lines = new ArrayList<>();
        boolean inlineKey = table.primaryKey() != null && table.primaryKey().name() == null
                && table.primaryKey().columns().size() == 1;
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        for (Column c : table.columns()) {
            StringBuilder line = new StringBuilder(c.name()).append(' ').append(SqlSpelling.type(c.type()));
            if (!c.isNullable()) {
                line.append(" NOT NULL");
            }
            if (inlineKey && table.primaryKey().columns().get(0).equals(c.name())) {
                line.append(" PRIMARY KEY").append(c.isAutoIncrement() ? " AUTOINCREMENT" : "");
            }
            if (c.serverDefault() != null) {
                line.append(" DEFAULT ").append(c.serverDefault());
            }
            UniqueConstraint unique = uniques.stream()
                    .filter(u -> u.name() == null && u.columns().equals(List.of(c.name()))).findFirst().orElse(null);
            if (unique != null) {
                uniques.remove(unique);
                line.append(" UNIQUE");
            }
            ForeignKey fk = keys.stream()
                    .filter(k -> k.name() == null && k.columns().equals(List.of(c.name()))).findFirst().orElse(null);
            if (fk != null) {
                keys.remove(fk);
                line.append(" REFERENCES ").append(fk.refTable()).append(" (").append(fk.refColumns().get(0)).append(")")
                        .append(actions(fk));
            }
            lines.add(line.toString());
        }
        if (table.primaryKey() != null && !inlineKey) {
            lines.add(constraint(table.primaryKey().name()) + "PRIMARY KEY (" + String.join(", ", table.primaryKey().columns()) + ")");
        }
        for (UniqueConstraint u : uniques) {
            lines.add(constraint(u.name()) + "UNIQUE (" + String.join(", ", u.columns()) + ")");
        }
        for (ForeignKey fk : keys) {
            lines.add(constraint(fk.name()) + "FOREIGN KEY (" + String.join(", ", fk.columns()) + ") REFERENCES "
                    + fk.refTable() + " (" + String.join(", ", fk.refColumns()) + ")" + actions(fk));
        }
        for (CheckConstraint check : table.checks()) {
            lines.add(constraint(check.name()) + "CHECK (" + check.expression() + ")");
        }
        return "CREATE TABLE " + table.name() + " (\n    " + String.join(",\n    ", lines) + "\n);\n";
    }

    private static String constraint(String name) {
        return name == null ? "" : "CONSTRAINT " + name + " ";
    }

    private static String actions(ForeignKey fk) {
        return (fk.onDelete() == FkAction.NO_ACTION ? "" : " ON DELETE " + fk.onDelete().sql())
                + (fk.onUpdate() == FkAction.NO_ACTION ? "" : " ON UPDATE " + fk.onUpdate().sql());
    }
}
