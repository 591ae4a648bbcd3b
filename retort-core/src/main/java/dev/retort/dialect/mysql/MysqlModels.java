package dev.retort.dialect.mysql;

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
 * Models written in Java, as MySQL and MariaDB can keep them. InnoDB checks every key row by row as a statement
 * runs: it has no DEFERRABLE (the server refuses the word), and it parses MATCH but ignores it
 * (information_schema.REFERENTIAL_CONSTRAINTS.MATCH_OPTION is always NONE). A model that asks for either would
 * differ from the database for ever, and a key created from it would not behave as the model says; so the
 * clause is taken off and named as not handled instead: {@code check} exits 3 and the revision says so in a
 * {@code // Retort: not handled} comment. (A schema.sql never gets here: the scratch server refuses DEFERRABLE
 * and reads MATCH away.)
 */
final class MysqlModels {
    private static final String NO_DEFERRABLE = "InnoDB checks keys row by row and has no DEFERRABLE; the key is"
            + " created checked per statement: drop the clause from the model or defer the work in the application";
    private static final String NO_MATCH = "InnoDB parses MATCH and ignores it (REFERENTIAL_CONSTRAINTS.MATCH_OPTION is"
            + " always NONE), so a NULL in one column lets the row through: drop the clause or add a CHECK";

    private MysqlModels() {
    }

    static Schema withoutUnkeptClauses(Schema models) {
        List<Unsupported> named = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Table table : models.tables()) {
            tables.add(withoutUnkeptClauses(table, named));
        }
        return named.isEmpty() ? models : models.withTables(tables).withUnsupported(named);
    }

    private static Table withoutUnkeptClauses(Table table, List<Unsupported> named) {
        PrimaryKey key = table.primaryKey();
        if (key != null && key.deferrable() != Deferrable.NOT_DEFERRABLE) {
            named.add(new Unsupported(key.deferrable().sql() + " primary key", table.name(), NO_DEFERRABLE));
            key = key.deferrable(Deferrable.NOT_DEFERRABLE);
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint unique : table.uniques()) {
            if (unique.deferrable() != Deferrable.NOT_DEFERRABLE) {
                named.add(new Unsupported(unique.deferrable().sql() + " unique constraint",
                        describe(table, unique.name(), unique.columns()), NO_DEFERRABLE));
            }
            uniques.add(unique.deferrable(Deferrable.NOT_DEFERRABLE));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            String which = describe(table, fk.name(), fk.columns());
            if (fk.deferrable() != Deferrable.NOT_DEFERRABLE) {
                named.add(new Unsupported(fk.deferrable().sql() + " foreign key", which, NO_DEFERRABLE));
            }
            if (fk.match() != null) {
                named.add(new Unsupported("MATCH " + fk.match() + " foreign key", which, NO_MATCH));
            }
            foreignKeys.add(fk.deferrable(Deferrable.NOT_DEFERRABLE).match(null));
        }
        return table.withConstraints(key, uniques, foreignKeys, table.checks());
    }

    /** {@code table.name}, or {@code table[columns]} for a constraint without a name. */
    private static String describe(Table table, String name, List<String> columns) {
        return name != null ? table.name() + "." + name : table.name() + columns;
    }
}
