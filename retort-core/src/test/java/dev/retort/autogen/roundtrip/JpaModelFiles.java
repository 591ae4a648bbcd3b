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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a schema as JPA entities, one class per table in package {@code app}: {@code @ManyToOne} with
 * {@code @JoinColumn} for foreign keys, {@code @EmbeddedId} for composite keys, {@code columnDefinition}
 * for server defaults and CHECK constraints (one per column, on the column the expression names). JPA has
 * no partial or expression indexes, and a relationship column takes the referenced column's type;
 * {@link #canExpress} says when a schema stays within that.
 */
final class JpaModelFiles implements ModelFormat {
    @Override
    public String toString() {
        return "JPA entities";
    }

    @Override
    public boolean canExpress(Schema schema) {
        for (Table table : schema.tables()) {
            if (table.primaryKey() == null || checkColumns(table).size() != table.checks().size()) {
                return false;
            }
            if (table.indexes().stream().anyMatch(i -> i.where() != null
                    || i.columns().stream().anyMatch(c -> table.column(c).isEmpty()))) {
                return false;
            }
            for (ForeignKey fk : table.foreignKeys()) {
                if (fk.columns().size() != 1 || inKey(table, fk.columns().get(0))) {
                    return false;
                }
                Column column = table.column(fk.columns().get(0)).orElseThrow();
                Table target = schema.table(fk.refTable()).orElseThrow();
                Column referenced = target.column(fk.refColumns().get(0)).orElseThrow();
                if (!column.type().equals(referenced.type()) || column.serverDefault() != null
                        || foreignKeyOf(target, referenced.name()) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public Path write(Path projectDir, Schema schema) throws IOException {
        if (!canExpress(schema)) {
            throw new IllegalArgumentException("JPA cannot express this schema: " + schema);
        }
        Path dir = projectDir.resolve("entities");
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir.resolve("app"));
        for (Table table : schema.tables()) {
            Files.writeString(dir.resolve("app/" + className(table.name()) + ".java"), entity(table));
        }
        return dir;
    }

    private static String entity(Table table) {
        List<String> tableAttributes = new ArrayList<>();
        tableAttributes.add("name = " + literal(table.name()));
        List<UniqueConstraint> tableUniques = table.uniques().stream()
                .filter(u -> u.name() != null || u.columns().size() != 1).toList();
        if (!tableUniques.isEmpty()) {
            tableAttributes.add("uniqueConstraints = {" + tableUniques.stream()
                    .map(u -> "@UniqueConstraint(" + (u.name() == null ? "" : "name = " + literal(u.name()) + ", ")
                            + "columnNames = {" + literals(u.columns()) + "})")
                    .collect(Collectors.joining(", ")) + "}");
        }
        if (!table.indexes().isEmpty()) {
            tableAttributes.add("indexes = {" + table.indexes().stream().map(JpaModelFiles::index)
                    .collect(Collectors.joining(", ")) + "}");
        }
        Map<String, CheckConstraint> checks = checkColumns(table);
        List<String> fields = new ArrayList<>();
        String keyClass = "";
        boolean composite = table.primaryKey() != null && table.primaryKey().columns().size() > 1;
        for (Column column : table.columns()) {
            if (composite && inKey(table, column.name())) {
                if (column.name().equals(table.primaryKey().columns().get(0))) {
                    fields.add("@EmbeddedId Key key;");
                    keyClass = "\n    @Embeddable\n    public static class Key implements java.io.Serializable {\n"
                            + table.primaryKey().columns().stream()
                            .map(k -> "        " + basic(table, table.column(k).orElseThrow(), false, null))
                            .collect(Collectors.joining("\n")) + "\n    }\n";
                }
                continue;
            }
            ForeignKey fk = foreignKeyOf(table, column.name());
            fields.add(fk == null ? basic(table, column, inKey(table, column.name()), checks.get(column.name()))
                    : relationship(table, column, fk));
        }
        return """
                package app;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.time.*;

                @Entity
                @Table(%s)
                public class %s {
                %s
                %s}
                """.formatted(String.join(", ", tableAttributes), className(table.name()),
                fields.stream().map(f -> "    " + f).collect(Collectors.joining("\n")), keyClass);
    }

    private static String basic(Table table, Column column, boolean id, CheckConstraint check) {
        List<String> attributes = new ArrayList<>();
        attributes.add("name = " + literal(column.name()));
        if (!column.isNullable() && !id) {
            attributes.add("nullable = false");
        }
        if (singleUnique(table, column.name())) {
            attributes.add("unique = true");
        }
        String javaType;
        String lob = "";
        // A type JPA has no Java type for (JSON, VARBINARY(n), VARCHAR without a length) is spelled in SQL.
        boolean spelled = false;
        switch (column.type().kind()) {
            case INTEGER -> javaType = "Integer";
            case BIGINT -> javaType = "Long";
            case SMALLINT -> javaType = "Short";
            case BOOLEAN -> javaType = "Boolean";
            case DOUBLE -> javaType = "Double";
            case REAL -> javaType = "Float";
            case DATE -> javaType = "LocalDate";
            case TIME -> javaType = "LocalTime";
            case TIMESTAMP -> javaType = "LocalDateTime";
            case UUID -> javaType = "java.util.UUID";
            case BLOB -> {
                javaType = "byte[]";
                lob = "@Lob ";
            }
            case STRING -> {
                javaType = "String";
                if (column.type().length() == null) {
                    spelled = true;
                } else {
                    attributes.add("length = " + column.type().length());
                }
            }
            case TEXT -> {
                javaType = "String";
                lob = "@Lob ";
            }
            case NUMERIC -> {
                javaType = "BigDecimal";
                if (column.type().precision() != null) {
                    attributes.add("precision = " + column.type().precision());
                    attributes.add("scale = " + (column.type().scale() == null ? 0 : column.type().scale()));
                }
            }
            case JSON -> {
                javaType = "String";
                spelled = true;
            }
            case BINARY -> {
                javaType = "byte[]";
                spelled = true;
            }
            default -> throw new IllegalArgumentException("no JPA type for " + column.type());
        }
        if (spelled || column.serverDefault() != null || check != null) {
            String definition = SqlSpelling.type(column.type())
                    + (column.serverDefault() == null ? "" : " DEFAULT " + column.serverDefault())
                    + (check == null ? "" : (check.name() == null ? "" : " CONSTRAINT " + check.name())
                    + " CHECK (" + check.expression() + ")");
            attributes.add("columnDefinition = " + literal(definition));
            lob = "";
        }
        String generated = column.isAutoIncrement() ? "@GeneratedValue(strategy = GenerationType.IDENTITY) " : "";
        return (id ? "@Id " : "") + generated + lob
                + "@Column(" + String.join(", ", attributes) + ") " + javaType + " " + fieldName(column.name()) + ";";
    }

    /**
     * Where each CHECK goes: on a basic column (not a key, not a foreign key) that the expression names,
     * one per column. A check that finds no such column is left out, which {@link #canExpress} reports.
     */
    private static Map<String, CheckConstraint> checkColumns(Table table) {
        Map<String, CheckConstraint> placed = new LinkedHashMap<>();
        for (CheckConstraint check : table.checks()) {
            table.columns().stream().map(Column::name)
                    .filter(c -> !inKey(table, c) && foreignKeyOf(table, c) == null && !placed.containsKey(c))
                    .filter(c -> check.expression().toLowerCase(Locale.ROOT).matches("(?s).*\\b" + c + "\\b.*"))
                    .findFirst().ifPresent(c -> placed.put(c, check));
        }
        return placed;
    }

    private static String relationship(Table table, Column column, ForeignKey fk) {
        List<String> join = new ArrayList<>();
        join.add("name = " + literal(column.name()));
        join.add("referencedColumnName = " + literal(fk.refColumns().get(0)));
        if (singleUnique(table, column.name())) {
            join.add("unique = true");
        }
        if (fk.name() != null || fk.onDelete() != FkAction.NO_ACTION || fk.onUpdate() != FkAction.NO_ACTION) {
            String definition = "FOREIGN KEY (" + column.name() + ") REFERENCES " + fk.refTable() + " ("
                    + fk.refColumns().get(0) + ")"
                    + (fk.onDelete() == FkAction.NO_ACTION ? "" : " ON DELETE " + fk.onDelete().sql())
                    + (fk.onUpdate() == FkAction.NO_ACTION ? "" : " ON UPDATE " + fk.onUpdate().sql());
            join.add("foreignKey = @ForeignKey(" + (fk.name() == null ? "" : "name = " + literal(fk.name()) + ", ")
                    + "foreignKeyDefinition = " + literal(definition) + ")");
        }
        return "@ManyToOne(optional = " + column.isNullable() + ") @JoinColumn(" + String.join(", ", join) + ") "
                + className(fk.refTable()) + " " + fieldName(column.name()) + ";";
    }

    private static String index(Index index) {
        return "@Index(name = " + literal(index.name()) + ", columnList = " + literal(String.join(", ", index.columns()))
                + (index.isUnique() ? ", unique = true" : "") + ")";
    }

    private static boolean singleUnique(Table table, String column) {
        return table.uniques().stream().anyMatch(u -> u.name() == null && u.columns().equals(List.of(column)));
    }

    private static boolean inKey(Table table, String column) {
        return table.primaryKey() != null && table.primaryKey().columns().contains(column);
    }

    private static ForeignKey foreignKeyOf(Table table, String column) {
        return table.foreignKeys().stream().filter(k -> k.columns().equals(List.of(column))).findFirst().orElse(null);
    }

    private static String className(String table) {
        StringBuilder name = new StringBuilder();
        for (String word : table.split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    private static String fieldName(String column) {
        String camel = className(column);
        return Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    }

    private static String literals(List<String> values) {
        return values.stream().map(JpaModelFiles::literal).collect(Collectors.joining(", "));
    }

    private static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
