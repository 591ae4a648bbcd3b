package dev.retort.verify.rehearsal;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What differs between two versions of one column, each part as {@code before -> after}, e.g.
 * {@code column name: default NULL -> 'x'}: a reader should see what to put back without diffing schemas.
 */
final class ColumnDifference {
    private ColumnDifference() {
    }

    /** {@code column NAME: PART, PART}; the parts say type, nullability, default, and the inline flags. */
    static String describe(Column was, Column now) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(was.type(), now.type())) {
            parts.add("type " + was.type() + " -> " + now.type());
        }
        if (was.isNullable() != now.isNullable()) {
            parts.add(nullability(was) + " -> " + nullability(now));
        }
        if (!Objects.equals(was.serverDefault(), now.serverDefault())) {
            parts.add("default " + sql(was.serverDefault()) + " -> " + sql(now.serverDefault()));
        }
        flag(parts, "autoincrement", was.isAutoIncrement(), now.isAutoIncrement());
        flag(parts, "primary key", was.isPrimaryKey(), now.isPrimaryKey());
        flag(parts, "unique", was.isUnique(), now.isUnique());
        if (!Objects.equals(was.references(), now.references())) {
            parts.add("references " + reference(was.references()) + " -> " + reference(now.references()));
        }
        if (parts.isEmpty()) {
            parts.add(was + " -> " + now);
        }
        return "column " + was.name() + ": " + String.join(", ", parts);
    }

    private static String nullability(Column column) {
        return column.isNullable() ? "NULL" : "NOT NULL";
    }

    private static String sql(String expression) {
        return expression == null ? "NULL" : expression;
    }

    private static void flag(List<String> parts, String what, boolean was, boolean now) {
        if (was != now) {
            parts.add(what + " " + (was ? "yes" : "no") + " -> " + (now ? "yes" : "no"));
        }
    }

    private static String reference(ForeignKey fk) {
        return fk == null ? "none" : fk.refTable() + "(" + String.join(", ", fk.refColumns()) + ")";
    }
}
