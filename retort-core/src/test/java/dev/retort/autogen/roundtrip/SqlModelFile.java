package dev.retort.autogen.roundtrip;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
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
    private final boolean postgres;

    /** A schema.sql in SQLite's spelling. */
    SqlModelFile() {
        this(false);
    }

    private SqlModelFile(boolean postgres) {
        this.postgres = postgres;
    }

    /**
     * A schema.sql as a PostgreSQL user writes it: its own type names (BYTEA, DOUBLE PRECISION, JSONB),
     * SERIAL for a generated key, TRUE/FALSE for boolean defaults.
     */
    static SqlModelFile postgres() {
        return new SqlModelFile(true);
    }

    @Override
    public String toString() {
        return postgres ? "PostgreSQL schema.sql" : "schema.sql";
    }

    @Override
    public boolean canExpress(Schema schema) {
        return true;
    }

    @Override
    public Path write(Path projectDir, Schema schema) throws IOException {
        StringBuilder sql = new StringBuilder("-- the application's schema, kept by hand\n");
        // PostgreSQL checks a REFERENCES clause when the table is created, so parents come first there.
        for (Table table : postgres ? SampleRows.referencedFirst(schema.tables()) : schema.tables()) {
            sql.append(createTable(table));
            for (Index index : table.indexes()) {
                sql.append("CREATE ").append(index.isUnique() ? "UNIQUE " : "").append("INDEX ").append(name(index.name()))
                        .append(" ON ").append(name(index.table())).append(" (").append(names(index.columns()))
                        .append(")").append(index.where() == null ? "" : " WHERE " + index.where()).append(";\n");
            }
            sql.append('\n');
        }
        Path file = projectDir.resolve("schema.sql");
        Files.writeString(file, sql.toString());
        return file;
    }

    private String createTable(Table table) {
        List<String> lines = new ArrayList<>();
        boolean inlineKey = table.primaryKey() != null && table.primaryKey().name() == null
                && table.primaryKey().columns().size() == 1;
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        for (Column c : table.columns()) {
            StringBuilder line = new StringBuilder(name(c.name())).append(' ').append(type(c));
            if (!c.isNullable()) {
                line.append(" NOT NULL");
            }
            if (inlineKey && table.primaryKey().columns().get(0).equals(c.name())) {
                line.append(" PRIMARY KEY").append(c.isAutoIncrement() && !postgres ? " AUTOINCREMENT" : "");
            }
            if (c.serverDefault() != null) {
                line.append(" DEFAULT ").append(defaultValue(c));
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
                line.append(" REFERENCES ").append(name(fk.refTable())).append(" (").append(name(fk.refColumns().get(0))).append(")")
                        .append(actions(fk));
            }
            lines.add(line.toString());
        }
        if (table.primaryKey() != null && !inlineKey) {
            lines.add(constraint(table.primaryKey().name()) + "PRIMARY KEY (" + names(table.primaryKey().columns()) + ")");
        }
        for (UniqueConstraint u : uniques) {
            lines.add(constraint(u.name()) + "UNIQUE (" + names(u.columns()) + ")");
        }
        for (ForeignKey fk : keys) {
            lines.add(constraint(fk.name()) + "FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES "
                    + name(fk.refTable()) + " (" + names(fk.refColumns()) + ")" + actions(fk));
        }
        for (CheckConstraint check : table.checks()) {
            lines.add(constraint(check.name()) + "CHECK (" + check.expression() + ")");
        }
        return "CREATE TABLE " + name(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n);\n";
    }

    private String type(Column c) {
        if (!postgres) {
            return SqlSpelling.type(c.type());
        }
        if (c.isAutoIncrement()) {
            return c.type().kind() == ColumnType.Kind.BIGINT ? "BIGSERIAL" : "SERIAL";
        }
        return switch (c.type().kind()) {
            case DOUBLE -> "DOUBLE PRECISION";
            case BINARY, BLOB -> "BYTEA";
            case JSON -> "JSONB";
            default -> SqlSpelling.type(c.type());
        };
    }

    private String defaultValue(Column c) {
        if (postgres && c.type().kind() == ColumnType.Kind.BOOLEAN) {
            return c.serverDefault().equals("1") ? "TRUE" : c.serverDefault().equals("0") ? "FALSE" : c.serverDefault();
        }
        return c.serverDefault();
    }

    private String constraint(String constraintName) {
        return constraintName == null ? "" : "CONSTRAINT " + name(constraintName) + " ";
    }

    /** PostgreSQL folds unquoted names to lower case, so a PostgreSQL user quotes a mixed-case name. */
    private String name(String identifier) {
        return postgres && identifier.matches("\\w*[A-Z]\\w*") ? SqlSpelling.quote(identifier) : identifier;
    }

    private String names(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(this::name).toList());
    }

    private static String actions(ForeignKey fk) {
        return (fk.onDelete() == FkAction.NO_ACTION ? "" : " ON DELETE " + fk.onDelete().sql())
                + (fk.onUpdate() == FkAction.NO_ACTION ? "" : " ON UPDATE " + fk.onUpdate().sql());
    }
}
