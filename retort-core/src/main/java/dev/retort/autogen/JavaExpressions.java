package dev.retort.autogen;

import dev.retort.ops.ColumnChange;
import dev.retort.schema.Deferrable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes schema values as the Java a revision author types with {@code dev.retort.ops.Dsl.*} and
 * {@code dev.retort.schema.Types.*} statically imported: {@code column("name", string(100)).notNull()}.
 */
final class JavaExpressions {
    private JavaExpressions() {
    }

    static String literal(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String literals(List<String> texts) {
        List<String> quoted = new ArrayList<>();
        texts.forEach(t -> quoted.add(literal(t)));
        return String.join(", ", quoted);
    }

    static String type(ColumnType type) {
        return switch (type.kind()) {
            case STRING -> type.length() == null ? "STRING" : "string(" + type.length() + ")";
            case BINARY -> type.length() == null ? "BINARY" : "binary(" + type.length() + ")";
            case NUMERIC -> {
                if (type.precision() == null) {
                    yield "NUMERIC";
                }
                yield type.scale() == null
                        ? "new ColumnType(ColumnType.Kind.NUMERIC, null, " + type.precision() + ", null, null)"
                        : "numeric(" + type.precision() + ", " + type.scale() + ")";
            }
            case RAW -> "raw(" + literal(type.raw()) + ")";
            default -> type.kind().name();
        };
    }

    /** A column; {@code inlineKey} puts {@code .primaryKey()} on it (a one-column unnamed primary key). */
    static String column(Column column, boolean inlineKey, boolean inlineUnique) {
        StringBuilder out = new StringBuilder("column(" + literal(column.name()) + ", " + type(column.type()) + ")");
        boolean key = inlineKey || column.isPrimaryKey();
        if (key) {
            out.append(".primaryKey()");
            if (column.isNullable() && !column.isPrimaryKey()) {
                out.append(".nullable()");
            }
        } else if (!column.isNullable()) {
            out.append(".notNull()");
        }
        if (column.serverDefault() != null) {
            out.append(".serverDefault(").append(literal(column.serverDefault())).append(")");
        }
        if (column.isAutoIncrement()) {
            out.append(".autoIncrement()");
        }
        if (inlineUnique || column.isUnique()) {
            out.append(".unique()");
        }
        if (column.collation() != null) {
            out.append(".collate(").append(literal(column.collation())).append(")");
        }
        if (column.generated() != null) {
            out.append(".generatedAs(").append(literal(column.generated().expression())).append(", ")
                    .append(column.generated().stored()).append(")");
        }
        if (column.comment() != null) {
            out.append(".withComment(").append(literal(column.comment())).append(")");
        }
        column.options().forEach((option, value) -> out.append(".withOption(").append(literal(option)).append(", ")
                .append(literal(value)).append(")"));
        ForeignKey ref = column.references();
        if (ref != null) {
            out.append(".references(").append(literal(ref.refTable())).append(", ")
                    .append(literal(ref.refColumns().get(0)));
            if (ref.onDelete() != FkAction.NO_ACTION) {
                out.append(", ").append(action(ref.onDelete()));
            }
            out.append(")");
        }
        return out.toString();
    }

    /** A table's comment and dialect attributes, as calls after {@code Table.of(...)}. */
    static String tableDetails(Table table) {
        StringBuilder out = new StringBuilder();
        if (table.comment() != null) {
            out.append(".withComment(").append(literal(table.comment())).append(")");
        }
        table.options().forEach((key, value) ->
                out.append(".withOption(").append(literal(key)).append(", ").append(literal(value)).append(")"));
        return out.toString();
    }

    static String primaryKey(PrimaryKey key) {
        return "primaryKey(" + literals(key.columns()) + ")" + deferrable(key.deferrable()) + named(key.name());
    }

    static String unique(UniqueConstraint unique) {
        return "unique(" + literals(unique.columns()) + ")" + deferrable(unique.deferrable()) + named(unique.name());
    }

    static String check(CheckConstraint check) {
        return "check(" + literal(check.expression()) + ")" + named(check.name());
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder out = new StringBuilder();
        if (fk.columns().size() == 1) {
            out.append("foreignKey(").append(literal(fk.columns().get(0))).append(", ").append(literal(fk.refTable()))
                    .append(", ").append(literal(fk.refColumns().get(0))).append(")");
        } else {
            out.append("foreignKey(java.util.List.of(").append(literals(fk.columns())).append("), ")
                    .append(literal(fk.refTable())).append(", java.util.List.of(").append(literals(fk.refColumns()))
                    .append("))");
        }
        if (fk.onDelete() != FkAction.NO_ACTION) {
            out.append(".onDelete(").append(action(fk.onDelete())).append(")");
        }
        if (fk.onUpdate() != FkAction.NO_ACTION) {
            out.append(".onUpdate(").append(action(fk.onUpdate())).append(")");
        }
        out.append(deferrable(fk.deferrable()));
        if (fk.match() != null) {
            out.append(".match(").append(literal(fk.match())).append(")");
        }
        return out.append(named(fk.name())).toString();
    }

    static String index(Index index) {
        List<String> args = new ArrayList<>(List.of(index.name(), index.table()));
        args.addAll(index.columns());
        StringBuilder out = new StringBuilder("index(" + literals(args) + ")");
        if (index.isUnique()) {
            out.append(".unique()");
        }
        if (index.where() != null) {
            out.append(".where(").append(literal(index.where())).append(")");
        }
        if (index.method() != null) {
            out.append(".using(").append(literal(index.method())).append(")");
        }
        if (!index.include().isEmpty()) {
            out.append(".include(").append(literals(index.include())).append(")");
        }
        if (index.isNullsNotDistinct()) {
            out.append(".nullsNotDistinct()");
        }
        return out.toString();
    }

    static String change(ColumnChange change) {
        StringBuilder out = new StringBuilder("change()");
        if (change.type() != null) {
            out.append(".type(").append(type(change.type())).append(")");
        }
        if (change.nullable() != null) {
            out.append(change.nullable() ? ".nullable(true)" : ".notNull()");
        }
        if (change.dropsDefault()) {
            out.append(".dropDefault()");
        } else if (change.serverDefault() != null) {
            out.append(".serverDefault(").append(literal(change.serverDefault())).append(")");
        }
        if (change.newName() != null) {
            out.append(".rename(").append(literal(change.newName())).append(")");
        }
        if (change.attributesOf() != null) {
            out.append(".attributesOf(").append(column(change.attributesOf(), false, false)).append(")");
        }
        return out.toString();
    }

    /** {@code java.util.Map.of("k", "v", ...)} in key order. */
    static String map(java.util.Map<String, String> entries) {
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(entries).forEach((k, v) -> {
            parts.add(literal(k));
            parts.add(literal(v));
        });
        return "java.util.Map.of(" + String.join(", ", parts) + ")";
    }

    private static String action(FkAction action) {
        return "FkAction." + action.name();
    }

    /** {@code .deferrable(Deferrable.X)}, or nothing for a constraint checked per statement. */
    private static String deferrable(Deferrable when) {
        return when == Deferrable.NOT_DEFERRABLE ? "" : ".deferrable(Deferrable." + when.name() + ")";
    }

    private static String named(String name) {
        return name == null ? "" : ".named(" + literal(name) + ")";
    }
}
