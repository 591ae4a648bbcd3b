package dev.retort.autogen.roundtrip;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Deferrable;
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
import java.util.stream.Collectors;

/** Writes a schema as the Java file a team would keep: one class implementing {@code SchemaModel}. */
final class DslModelFile implements ModelFormat {
    @Override
    public String toString() {
        return "SchemaModel .java";
    }

    @Override
    public boolean canExpress(Schema schema) {
        return true;
    }

    @Override
    public Path write(Path projectDir, Schema schema) throws IOException {
        Path file = projectDir.resolve("model/AppModel.java");
        Files.createDirectories(file.getParent());
        List<String> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            tables.add(table(table));
        }
        Files.writeString(file, """
                import dev.retort.autogen.SchemaModel;
                import dev.retort.schema.*;
                import java.util.List;

                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                public class AppModel implements SchemaModel {
                    @Override
                    public Schema schema() {
                        return SchemaModel.tables(
                %s);
                    }
                }
                """.formatted(String.join(",\n", tables)));
        return file;
    }

    private static String deferrable(Deferrable when) {
        return ".deferrable(Deferrable." + when.name() + ")";
    }

    private static String table(Table table) {
        List<String> elements = new ArrayList<>();
        elements.add(literal(table.name()));
        table.columns().forEach(c -> elements.add(column(c)));
        if (table.primaryKey() != null) {
            elements.add("primaryKey(" + literals(table.primaryKey().columns()) + ")"
                    + deferrable(table.primaryKey().deferrable()));
        }
        for (UniqueConstraint u : table.uniques()) {
            elements.add("unique(" + literals(u.columns()) + ")" + deferrable(u.deferrable()) + named(u.name()));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            elements.add("foreignKey(List.of(" + literals(fk.columns()) + "), " + literal(fk.refTable()) + ", List.of("
                    + literals(fk.refColumns()) + "))" + named(fk.name())
                    + ".onDelete(FkAction." + fk.onDelete().name() + ").onUpdate(FkAction." + fk.onUpdate().name() + ")"
                    + deferrable(fk.deferrable()) + (fk.match() == null ? "" : ".match(" + literal(fk.match()) + ")"));
        }
        for (CheckConstraint check : table.checks()) {
            elements.add("check(" + literal(check.expression()) + ")" + named(check.name()));
        }
        String text = "                Table.of(" + String.join(",\n                        ", elements) + ")";
        if (!table.indexes().isEmpty()) {
            text += "\n                        .withIndexes(List.of(" + table.indexes().stream().map(DslModelFile::index)
                    .collect(Collectors.joining(", ")) + "))";
        }
        return text;
    }

    private static String column(Column c) {
        return "column(" + literal(c.name()) + ", " + type(c.type()) + ")" + (c.isNullable() ? "" : ".notNull()")
                + (c.serverDefault() == null ? "" : ".serverDefault(" + literal(c.serverDefault()) + ")")
                + (c.isAutoIncrement() ? ".autoIncrement()" : "");
    }

    private static String index(Index index) {
        return "index(" + literal(index.name()) + ", " + literal(index.table()) + ", " + literals(index.columns()) + ")"
                + (index.isUnique() ? ".unique()" : "") + (index.where() == null ? "" : ".where(" + literal(index.where()) + ")");
    }

    private static String type(ColumnType type) {
        return switch (type.kind()) {
            case STRING -> type.length() == null ? "STRING" : "string(" + type.length() + ")";
            case BINARY -> type.length() == null ? "BINARY" : "binary(" + type.length() + ")";
            case NUMERIC -> type.precision() == null ? "NUMERIC"
                    : "numeric(" + type.precision() + ", " + (type.scale() == null ? 0 : type.scale()) + ")";
            case RAW -> "raw(" + literal(type.raw()) + ")";
            default -> type.kind().name();
        };
    }

    private static String named(String name) {
        return name == null ? "" : ".named(" + literal(name) + ")";
    }

    private static String literals(List<String> values) {
        return values.stream().map(DslModelFile::literal).collect(Collectors.joining(", "));
    }

    private static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
