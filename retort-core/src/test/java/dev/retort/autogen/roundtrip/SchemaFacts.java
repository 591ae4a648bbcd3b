package dev.retort.autogen.roundtrip;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A schema as a sorted list of plain facts ("books.title string(200) not null"), to compare what the
 * database holds with what was intended without going through {@code SchemaDiff}, the code under test:
 * a blind spot in the diff would otherwise hide itself. Constraint names count only where the intended
 * schema gives one (the database may name what the models leave unnamed).
 */
final class SchemaFacts {
    private SchemaFacts() {
    }

    static List<String> of(Schema schema, Schema intended) {
        List<String> facts = new ArrayList<>();
        for (Table table : schema.tables()) {
            String t = table.name().toLowerCase(Locale.ROOT);
            Table names = intended.table(table.name()).orElse(table);
            facts.add(t + " exists");
            for (Column c : table.columns()) {
                facts.add(t + "." + c.name().toLowerCase(Locale.ROOT) + " " + c.type() + (c.isNullable() ? " null" : " not null")
                        + (c.serverDefault() == null ? "" : " default " + text(c.serverDefault())));
            }
            if (table.primaryKey() != null) {
                facts.add(t + " primary key " + lower(table.primaryKey().columns()));
            }
            for (UniqueConstraint u : table.uniques()) {
                String name = names.uniques().stream().filter(n -> lower(n.columns()).equals(lower(u.columns())))
                        .map(UniqueConstraint::name).filter(Objects::nonNull).findFirst().orElse(null);
                facts.add(t + " unique " + lower(u.columns()) + named(name == null ? null : u.name()));
            }
            for (ForeignKey fk : table.foreignKeys()) {
                String name = names.foreignKeys().stream().filter(n -> lower(n.columns()).equals(lower(fk.columns())))
                        .map(ForeignKey::name).filter(Objects::nonNull).findFirst().orElse(null);
                facts.add(t + " foreign key " + lower(fk.columns()) + " -> " + fk.refTable().toLowerCase(Locale.ROOT)
                        + lower(fk.refColumns()) + " on delete " + fk.onDelete() + " on update " + fk.onUpdate()
                        + named(name == null ? null : fk.name()));
            }
            for (CheckConstraint check : table.checks()) {
                String name = names.checks().stream().filter(n -> text(n.expression()).equals(text(check.expression())))
                        .map(CheckConstraint::name).filter(Objects::nonNull).findFirst().orElse(null);
                facts.add(t + " check " + text(check.expression()) + named(name == null ? null : check.name()));
            }
            for (Index index : table.indexes()) {
                facts.add(t + " index " + index.name().toLowerCase(Locale.ROOT) + " "
                        + index.columns().stream().map(SchemaFacts::text).toList()
                        + (index.isUnique() ? " unique" : "") + (index.where() == null ? "" : " where " + text(index.where())));
            }
        }
        facts.sort(null);
        return facts;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static String named(String name) {
        return name == null ? "" : " named " + name.toLowerCase(Locale.ROOT);
    }

    /** SQL text without spacing and letter case outside string literals: enough for the expressions used here. */
    private static String text(String sql) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char c : sql.strip().toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (quoted || c == '\'') {
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
