package dev.retort.dialect;

import dev.retort.schema.Deferrable;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.Unsupported;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes off a Java model's key clauses that a database family cannot keep, and names each one as not handled.
 * A clause the database refuses or reads away would differ from it on every {@code check}, and a revision that
 * wrote it would fail or build a key that behaves otherwise than the model says; named instead, {@code check}
 * exits 3 and the revision carries a {@code // Retort: not handled} comment. (A schema.sql never needs this:
 * its scratch database refuses or reads away the clause itself.)
 *
 * @param deferrableKey        why a DEFERRABLE primary key or unique constraint is not kept, or null where it is
 * @param deferrableForeignKey why a DEFERRABLE foreign key is not kept, or null where it is
 * @param match                why a foreign key's MATCH type is not kept, or null where it is
 */
public record UnkeptKeyClauses(String deferrableKey, String deferrableForeignKey, String match) {

    /** {@code models} without the clauses this family cannot keep, each one named in its unsupported list. */
    public Schema takeOff(Schema models) {
        List<Unsupported> named = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Table table : models.tables()) {
            tables.add(takeOff(table, named));
        }
        return named.isEmpty() ? models : models.withTables(tables).withUnsupported(named);
    }

    private Table takeOff(Table table, List<Unsupported> named) {
        PrimaryKey key = table.primaryKey();
        if (key != null && deferrableKey != null && key.deferrable() != Deferrable.NOT_DEFERRABLE) {
            named.add(new Unsupported(key.deferrable().sql() + " primary key", table.name(), deferrableKey));
            key = key.deferrable(Deferrable.NOT_DEFERRABLE);
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint unique : table.uniques()) {
            if (deferrableKey != null && unique.deferrable() != Deferrable.NOT_DEFERRABLE) {
                named.add(new Unsupported(unique.deferrable().sql() + " unique constraint",
                        describe(table, unique.name(), unique.columns()), deferrableKey));
                unique = unique.deferrable(Deferrable.NOT_DEFERRABLE);
            }
            uniques.add(unique);
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            String which = describe(table, fk.name(), fk.columns());
            if (deferrableForeignKey != null && fk.deferrable() != Deferrable.NOT_DEFERRABLE) {
                named.add(new Unsupported(fk.deferrable().sql() + " foreign key", which, deferrableForeignKey));
                fk = fk.deferrable(Deferrable.NOT_DEFERRABLE);
            }
            if (match != null && fk.match() != null) {
                named.add(new Unsupported("MATCH " + fk.match() + " foreign key", which, match));
                fk = fk.match(null);
            }
            foreignKeys.add(fk);
        }
        return table.withConstraints(key, uniques, foreignKeys, table.checks());
    }

    /** {@code table.name}, or {@code table[columns]} for a constraint without a name. */
    private static String describe(Table table, String name, List<String> columns) {
        return name != null ? table.name() + "." + name : table.name() + columns;
    }
}
