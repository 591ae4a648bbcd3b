import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the models for bench/autogen-bench.sh: 300 JPA entities (5 to 8 columns each, a foreign key
 * to an earlier table in all but the first, an index on the name and one on the foreign key) in DIR/models, and in DIR/models-db the same
 * entities as the database has them, which differs in exactly 30 places:
 * 10 columns the database lacks, 5 columns only the database has, 5 tables the database lacks,
 * 5 indexes the database lacks, 5 columns nullable in the database and NOT NULL in the models.
 * Run with: java bench/AutogenSchema.java DIR
 */
public class AutogenSchema {
    static final int TABLES = 300;
    static final String[] NOUNS = {"account", "order", "invoice", "shipment", "product", "workflow", "node", "run",
            "component", "profile", "ticket", "comment", "payment", "refund", "address", "session", "device", "report"};

    record Column(String name, String javaType, String annotations) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Random random = new Random(42);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            names.add(NOUNS[i % NOUNS.length] + "_" + String.format("%03d", i));
        }
        for (int i = 0; i < TABLES; i++) {
            int extraColumns = 2 + random.nextInt(4); // id, name, a foreign key or a code, + 2..5 others: 5..8 columns
            int parent = i == 0 ? -1 : random.nextInt(i);
            boolean newTable = i >= TABLES - 5;                             // 5 tables the database lacks
            boolean addedColumn = i % 10 == 5 && i < 100;                   // 10 columns the database lacks
            boolean droppedColumn = i >= 100 && i < 150 && i % 10 == 7;     // 5 columns only the database has
            boolean newIndex = i >= 150 && i < 200 && i % 10 == 3;          // 5 indexes the database lacks
            boolean tightened = i >= 200 && i < 250 && i % 10 == 1;         // 5 columns made NOT NULL
            if (addedColumn || droppedColumn) {
                extraColumns = Math.min(extraColumns, 4); // room for the column one side has: still 8 at most
            }
            for (boolean target : new boolean[] {true, false}) {
                if (!target && newTable) {
                    continue;
                }
                List<Column> columns = new ArrayList<>();
                columns.add(new Column("id", "Long", "@Id @GeneratedValue"));
                columns.add(new Column("name", "String", "@Column(length = 100"
                        + (target || !tightened ? ", nullable = false" : "") + ")"));
                if (parent >= 0) {
                    columns.add(new Column("parent", className(names.get(parent)),
                            "@ManyToOne @JoinColumn(name = \"" + names.get(parent) + "_id\")"));
                } else {
                    columns.add(new Column("code", "String", "@Column(length = 20)"));
                }
                String[][] others = {{"amount", "java.math.BigDecimal", "@Column(precision = 12, scale = 2)"},
                        {"createdAt", "java.time.LocalDateTime", "@Column(nullable = false)"},
                        {"active", "Boolean", ""}, {"status", "String", "@Column(length = 20)"},
                        {"note", "String", "@Column(length = 255)"}};
                for (int c = 0; c < extraColumns; c++) {
                    columns.add(new Column(others[c][0], others[c][1], others[c][2]));
                }
                if (addedColumn && target) {
                    columns.add(new Column("externalRef", "String", "@Column(length = 64)"));
                }
                if (droppedColumn && !target) {
                    columns.add(new Column("legacyCode", "Integer", ""));
                }
                List<String> indexes = new ArrayList<>();
                if (!newTable) {
                    indexes.add("@Index(name = \"ix_" + names.get(i) + "_name\", columnList = \"name\")");
                    if (parent >= 0) {
                        indexes.add("@Index(name = \"ix_" + names.get(i) + "_parent\", columnList = \""
                                + names.get(parent) + "_id\")");
                    }
                    if (newIndex && target) {
                        indexes.add("@Index(name = \"ix_" + names.get(i) + "_name_id\", columnList = \"name, id\")");
                    }
                }
                write(dir.resolve(target ? "models" : "models-db"), names.get(i), columns, indexes);
            }
        }
    }

    static void write(Path dir, String table, List<Column> columns, List<String> indexes) throws IOException {
        StringBuilder source = new StringBuilder("package app;\n\nimport jakarta.persistence.*;\n\n@Entity\n@Table(name = \"")
                .append(table).append('"');
        if (!indexes.isEmpty()) {
            source.append(", indexes = {").append(String.join(", ", indexes)).append('}');
        }
        source.append(")\npublic class ").append(className(table)).append(" {\n");
        for (Column column : columns) {
            source.append("    ").append(column.annotations().isEmpty() ? "" : column.annotations() + " ")
                    .append(column.javaType()).append(' ').append(column.name()).append(";\n");
        }
        source.append("}\n");
        Path file = dir.resolve("app").resolve(className(table) + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    static String className(String table) {
        StringBuilder name = new StringBuilder();
        for (String word : table.split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
