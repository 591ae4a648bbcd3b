package dev.retort.dialect.mysql;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.Table;

import java.util.ArrayList;
import java.util.List;

import static dev.retort.dialect.mysql.MysqlIdentifiers.names;
import static dev.retort.dialect.mysql.MysqlIdentifiers.quote;

/**
 * The index InnoDB keeps for each foreign key. A key needs an index whose first columns are its own; when
 * none exists, InnoDB creates one, named after the key or, for a key declared without a name, after its
 * first column (MySQL reference, "FOREIGN KEY Constraints", Conditions and Restrictions). That index belongs
 * to the key, not to the model: the inspector hides it, and Retort drops it with the key and puts it back
 * when the index a key was using is dropped.
 */
final class MysqlForeignKeyIndexes {
    private MysqlForeignKeyIndexes() {
    }

    /** Whether a plain index is the one InnoDB made for one of {@code foreignKeys}: its columns and its name. */
    static boolean isImplicit(String index, List<String> columns, List<ForeignKey> foreignKeys) {
        return foreignKeys.stream().anyMatch(fk -> Names.same(fk.columns(), columns)
                && (index.equalsIgnoreCase(fk.name()) || index.equalsIgnoreCase(fk.columns().get(0))));
    }

    /**
     * Clauses that give each key of {@code table} that would be left without an index by dropping
     * {@code dropped} the index InnoDB would have made for it. MySQL refuses the drop otherwise ("needed in a
     * foreign key constraint"); in the same ALTER TABLE it accepts both.
     */
    static List<String> replacing(Index dropped, List<Index> all, Table table) {
        List<String> clauses = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            boolean usesDropped = startsWith(dropped.columns(), fk.columns());
            boolean another = all.stream().anyMatch(i -> i != dropped && startsWith(i.columns(), fk.columns()))
                    || table.primaryKey() != null && startsWith(table.primaryKey().columns(), fk.columns());
            if (usesDropped && !another) {
                clauses.add("ADD INDEX " + quote(fk.name()) + " (" + names(fk.columns()) + ")");
            }
        }
        return clauses;
    }

    /** The indexes InnoDB made for {@code fk} that no other key of {@code table} can use: drop them with it. */
    static List<Index> leftBehind(ForeignKey fk, Table table, List<Index> all) {
        List<ForeignKey> others = table.foreignKeys().stream().filter(k -> k != fk).toList();
        return all.stream()
                .filter(index -> !index.isUnique() && isImplicit(index.name(), index.columns(), List.of(fk)))
                .filter(index -> others.stream().noneMatch(k -> startsWith(index.columns(), k.columns())))
                .toList();
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && Names.same(columns.subList(0, prefix.size()), prefix);
    }
}
