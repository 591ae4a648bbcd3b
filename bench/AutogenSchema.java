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
 * The same two schemas are also written as {@code schema.sql} / {@code schema-db.sql} (Retort's SQL models) and
 * {@code models.py} / {@code models_db.py} (SQLAlchemy metadata for Alembic's autogenerate), see {@link ModelForms}.
 * Run with: java bench/AutogenSchema.java DIR
 */
public class AutogenSchema {
    static final int TABLES = 300;
    static final String[] NOUNS = {"account", "order", "invoice", "shipment", "product", "workflow", "node", "run",
            "component", "profile", "ticket", "comment", "payment", "refund", "address", "session", "device", "report"};

    /** One column in all three model forms: the JPA field, its SQL definition, its SQLAlchemy Column. */
    record Column(String name, String javaType, String annotations, String sql, String alchemy) {
        Column(String name, String javaType, String annotations) {
            this(name, javaType, annotations, null, null);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Random random = new Random(42);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            names.add(NOUNS[i % NOUNS.length] + "_" + String.format("%03d", i));
        }
        ModelForms targetForms = new ModelForms();
        ModelForms dbForms = new ModelForms();
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
                boolean notNullName = target || !tightened;
                columns.add(new Column("id", "Long", "@Id @GeneratedValue(strategy = GenerationType.IDENTITY)", "id INTEGER NOT NULL PRIMARY KEY",
                        "sa.Column(\"id\", sa.Integer, primary_key=True)"));
                columns.add(new Column("name", "String", "@Column(length = 100" + (notNullName ? ", nullable = false" : "")
                        + ")", "name VARCHAR(100)" + (notNullName ? " NOT NULL" : ""),
                        "sa.Column(\"name\", sa.String(100), nullable=" + (notNullName ? "False" : "True") + ")"));
                if (parent >= 0) {
                    String fk = names.get(parent) + "_id";
                    columns.add(new Column("parent", className(names.get(parent)),
                            "@ManyToOne @JoinColumn(name = \"" + fk + "\")",
                            fk + " BIGINT REFERENCES " + names.get(parent) + " (id)",
                            "sa.Column(\"" + fk + "\", sa.BigInteger, sa.ForeignKey(\"" + names.get(parent) + ".id\"))"));
                } else {
                    columns.add(new Column("code", "String", "@Column(length = 20)", "code VARCHAR(20)",
                            "sa.Column(\"code\", sa.String(20))"));
                }
                String[][] others = {
                        {"amount", "java.math.BigDecimal", "@Column(precision = 12, scale = 2)", "amount NUMERIC(12, 2)",
                                "sa.Column(\"amount\", sa.Numeric(12, 2))"},
                        {"createdAt", "java.time.LocalDateTime", "@Column(nullable = false)", "created_at TIMESTAMP NOT NULL",
                                "sa.Column(\"created_at\", sa.DateTime, nullable=False)"},
                        {"active", "Boolean", "", "active BOOLEAN", "sa.Column(\"active\", sa.Boolean)"},
                        {"status", "String", "@Column(length = 20)", "status VARCHAR(20)",
                                "sa.Column(\"status\", sa.String(20))"},
                        {"note", "String", "@Column(length = 255)", "note VARCHAR(255)",
                                "sa.Column(\"note\", sa.String(255))"}};
                for (int c = 0; c < extraColumns; c++) {
                    columns.add(new Column(others[c][0], others[c][1], others[c][2], others[c][3], others[c][4]));
                }
                if (addedColumn && target) {
                    columns.add(new Column("externalRef", "String", "@Column(length = 64)", "external_ref VARCHAR(64)",
                            "sa.Column(\"external_ref\", sa.String(64))"));
                }
                if (droppedColumn && !target) {
                    columns.add(new Column("legacyCode", "Integer", "", "legacy_code INTEGER",
                            "sa.Column(\"legacy_code\", sa.Integer)"));
                }
                List<String> indexes = new ArrayList<>();
                List<String[]> indexColumns = new ArrayList<>();   // name, columns: for the SQL and SQLAlchemy forms
                if (!newTable) {
                    indexColumns.add(new String[] {"ix_" + names.get(i) + "_name", "name"});
                    if (parent >= 0) {
                        indexColumns.add(new String[] {"ix_" + names.get(i) + "_parent", names.get(parent) + "_id"});
                    }
                    if (newIndex && target) {
                        indexColumns.add(new String[] {"ix_" + names.get(i) + "_name_id", "name, id"});
                    }
                }
                for (String[] index : indexColumns) {
                    indexes.add("@Index(name = \"" + index[0] + "\", columnList = \"" + index[1] + "\")");
                }
                write(dir.resolve(target ? "models" : "models-db"), names.get(i), columns, indexes);
                (target ? targetForms : dbForms).add(names.get(i), columns, indexColumns);
            }
        }
        targetForms.write(dir, "schema.sql", "models.py");
        dbForms.write(dir, "schema-db.sql", "models_db.py");
    }

    /** The SQL and SQLAlchemy forms of one schema, table by table in the order written (parents first). */
    static final class ModelForms {
        final StringBuilder sql = new StringBuilder();
        final StringBuilder alchemy = new StringBuilder("import sqlalchemy as sa\n\nmetadata = sa.MetaData()\n");

        void add(String table, List<Column> columns, List<String[]> indexes) {
            sql.append("CREATE TABLE ").append(table).append(" (\n    ")
                    .append(String.join(",\n    ", columns.stream().map(Column::sql).toList())).append("\n);\n");
            alchemy.append("\nsa.Table(\"").append(table).append("\", metadata,\n    ")
                    .append(String.join(",\n    ", columns.stream().map(Column::alchemy).toList()));
            for (String[] index : indexes) {
                sql.append("CREATE INDEX ").append(index[0]).append(" ON ").append(table)
                        .append(" (").append(index[1]).append(");\n");
                alchemy.append(",\n    sa.Index(\"").append(index[0]).append("\", \"")
                        .append(index[1].replace(", ", "\", \"")).append("\")");
            }
            alchemy.append(")\n");
        }

        void write(Path dir, String sqlName, String pythonName) throws IOException {
            Files.writeString(dir.resolve(sqlName), sql);
            Files.writeString(dir.resolve(pythonName), alchemy);
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
