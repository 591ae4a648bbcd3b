package dev.retort.dialect.mysql;

import dev.retort.error.RetortException;
import dev.retort.ops.DropConstraint;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code DropConstraint} on MySQL, where each kind of constraint is dropped its own way: a unique constraint
 * as an index, a foreign key with {@code DROP FOREIGN KEY} (and the index InnoDB made for it), a check with
 * {@code DROP CHECK} (MariaDB: {@code DROP CONSTRAINT}). A named constraint's kind is read from the
 * database; an unnamed one is found there by its columns or expression, for its generated name (usually
 * {@link MysqlConstraintNames} has named it before the revision began). A unique constraint that is the only
 * index a foreign key can use leaves the key the index InnoDB would have made for it, as DROP INDEX does.
 */
final class MysqlConstraintDrop {
    private final MysqlOperationSql operations;
    private final Table current;

    /** @param current the table as the database has it, or null when there is no database to read */
    MysqlConstraintDrop(MysqlOperationSql operations, Table current) {
        this.operations = operations;
        this.current = current;
    }

    /**
     * Drops a constraint in the way its kind needs. A named one's kind comes from the database (or, with no
     * database, from the definition the operation carries); an unnamed one is found by its definition.
     */
    List<String> statements(DropConstraint drop) {
        String table = drop.table();
        TableElement definition = drop.definition();
        if (definition instanceof PrimaryKey) {
            return List.of(operations.dropPrimaryKey(table));
        }
        if (current == null) {
            if (drop.name() == null) {
                throw new RetortException("cannot drop " + describe(definition) + " on " + table + " without a database:"
                        + " MySQL needs the constraint's name, which only the database knows");
            }
            return offlineDropByKind(table, drop.name(), definition);
        }
        if (drop.name() != null) {
            return dropNamed(drop.name());
        }
        if (definition instanceof UniqueConstraint unique) {
            UniqueConstraint found = current.uniques().stream().filter(u -> Names.same(u.columns(), unique.columns()))
                    .findFirst().orElseThrow(() -> missing(table, definition));
            return List.of(operations.dropIndexKeepingForeignKeys(found.name(), current.name()));
        }
        if (definition instanceof ForeignKey fk) {
            ForeignKey found = current.foreignKeys().stream().filter(k -> sameKey(k, fk))
                    .findFirst().orElseThrow(() -> missing(table, definition));
            return dropForeignKey(found);
        }
        if (definition instanceof CheckConstraint check) {
            CheckConstraint found = MysqlCheckExpressions.find(operations.connection(), current.name(),
                    current.checks(), check.expression(), List.of()).orElseThrow(() -> missing(table, definition));
            return List.of(MysqlDdlRenderer.dropCheck(current.name(), found.name(), operations.server()));
        }
        throw new RetortException("cannot drop a constraint of " + table + " with neither a name nor a definition");
    }

    private List<String> dropNamed(String name) {
        if (current.uniques().stream().anyMatch(u -> name.equalsIgnoreCase(u.name()))
                || current.indexes().stream().anyMatch(i -> i.isUnique() && name.equalsIgnoreCase(i.name()))) {
            return List.of(operations.dropIndexKeepingForeignKeys(name, current.name()));
        }
        for (ForeignKey fk : current.foreignKeys()) {
            if (name.equalsIgnoreCase(fk.name())) {
                return dropForeignKey(fk);
            }
        }
        if (current.checks().stream().anyMatch(c -> name.equalsIgnoreCase(c.name()))) {
            return List.of(MysqlDdlRenderer.dropCheck(current.name(), name, operations.server()));
        }
        if (name.equalsIgnoreCase("PRIMARY") && current.primaryKey() != null) {
            return List.of(operations.dropPrimaryKey(current.name()));
        }
        throw new RetortException("cannot drop constraint " + name + ": table " + current.name()
                + " has no unique constraint, foreign key or check of that name");
    }

    private List<String> offlineDropByKind(String table, String name, TableElement definition) {
        if (definition instanceof UniqueConstraint) {
            return List.of(MysqlDdlRenderer.dropIndex(name, table));
        }
        if (definition instanceof ForeignKey) {
            return List.of(MysqlDdlRenderer.dropForeignKey(table, name));
        }
        if (definition instanceof CheckConstraint) {
            return List.of(MysqlDdlRenderer.dropCheck(table, name, operations.server()));
        }
        throw new RetortException("cannot drop constraint " + name + " on " + table + " without a database: MySQL drops"
                + " each kind of constraint differently, and which kind it is is not known");
    }

    /** The key, then the index InnoDB made for it, which would otherwise stay behind unused. */
    private List<String> dropForeignKey(ForeignKey fk) {
        List<String> sql = new ArrayList<>();
        sql.add(MysqlDdlRenderer.dropForeignKey(current.name(), fk.name()));
        for (Index index : MysqlForeignKeyIndexes.leftBehind(fk, current, operations.allIndexes(current.name()))) {
            sql.add(MysqlDdlRenderer.dropIndex(index.name(), current.name()));
        }
        return sql;
    }

    private static RetortException missing(String table, TableElement definition) {
        return new RetortException("cannot drop " + describe(definition) + ": table " + table + " has none");
    }

    /** Whether {@code found} is the key {@code wanted} describes: its columns, its table and, when given, its columns there. */
    static boolean sameKey(ForeignKey found, ForeignKey wanted) {
        return Names.same(found.columns(), wanted.columns()) && found.refTable().equalsIgnoreCase(wanted.refTable())
                && (wanted.refColumns().isEmpty() || Names.same(found.refColumns(), wanted.refColumns()));
    }

    static String describe(TableElement definition) {
        if (definition instanceof UniqueConstraint u) {
            return "the unique constraint on (" + String.join(", ", u.columns()) + ")";
        }
        if (definition instanceof ForeignKey fk) {
            return "the foreign key (" + String.join(", ", fk.columns()) + ") -> " + fk.refTable();
        }
        if (definition instanceof CheckConstraint c) {
            return "the check (" + c.expression().strip() + ")";
        }
        return "an unnamed constraint";
    }
}
