package dev.retort.dialect.mysql;

import dev.retort.error.RetortException;
import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Names;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names every constraint a revision drops before the revision's first statement runs. MySQL commits each DDL
 * statement, so a name looked up half-way, and not found, leaves the statements before it applied and the
 * revision dirty; looked up first, a constraint that is not there stops the revision with nothing changed.
 * A drop on a table an earlier operation of the same revision creates or adds constraints to is left to be
 * resolved when it runs: only then does the database have what it looks for.
 */
final class MysqlConstraintNames {
    private final Connection connection;
    private final MysqlInspector inspector;
    private final Map<String, Optional<Table>> tables = new HashMap<>();
    /** Constraint names already claimed by a drop, per table, so two unnamed drops do not find the same one. */
    private final Map<String, List<String>> taken = new HashMap<>();

    MysqlConstraintNames(Connection connection, MysqlInspector inspector) {
        this.connection = connection;
        this.inspector = inspector;
    }

    /** The operations, each unnamed constraint drop given the constraint's name; refuses a drop that finds none. */
    List<Operation> resolve(List<Operation> operations) {
        List<Operation> out = new ArrayList<>(operations.size());
        Set<String> shapedEarlier = new HashSet<>();
        for (Operation operation : operations) {
            if (operation instanceof DropConstraint drop && !(drop.definition() instanceof PrimaryKey)
                    && !shapedEarlier.contains(key(drop.table()))) {
                out.add(resolve(drop));
            } else {
                out.add(operation);
            }
            shapedBy(operation).ifPresent(t -> shapedEarlier.add(key(t)));
        }
        return out;
    }

    private DropConstraint resolve(DropConstraint drop) {
        Table table = tables.computeIfAbsent(key(drop.table()), k -> inspector.table(connection, drop.table()))
                .orElseThrow(() -> new RetortException("cannot drop a constraint of " + drop.table()
                        + ": the table does not exist in the database"));
        List<String> claimed = taken.computeIfAbsent(key(table.name()), k -> new ArrayList<>());
        if (drop.name() != null) {
            if (!hasConstraint(table, drop.name())) {
                throw new RetortException("cannot drop constraint " + drop.name() + ": table " + table.name()
                        + " has no unique constraint, foreign key or check of that name");
            }
            claimed.add(key(drop.name()));
            return drop;
        }
        String name = nameOf(table, drop, claimed).orElseThrow(() -> new RetortException("cannot drop "
                + MysqlConstraintDrop.describe(drop.definition()) + ": table " + table.name() + " has none"));
        claimed.add(key(name));
        return new DropConstraint(drop.table(), name, drop.definition());
    }

    private Optional<String> nameOf(Table table, DropConstraint drop, List<String> claimed) {
        if (drop.definition() instanceof UniqueConstraint unique) {
            return table.uniques().stream().filter(u -> Names.same(u.columns(), unique.columns()))
                    .map(UniqueConstraint::name).filter(n -> !claimed.contains(key(n))).findFirst();
        }
        if (drop.definition() instanceof ForeignKey fk) {
            return table.foreignKeys().stream().filter(k -> MysqlConstraintDrop.sameKey(k, fk))
                    .map(ForeignKey::name).filter(n -> !claimed.contains(key(n))).findFirst();
        }
        if (drop.definition() instanceof CheckConstraint check) {
            return MysqlCheckExpressions.find(connection, table.name(), table.checks(), check.expression(), claimed)
                    .map(CheckConstraint::name);
        }
        throw new RetortException("cannot drop a constraint of " + table.name() + " with neither a name nor a definition");
    }

    private static boolean hasConstraint(Table table, String name) {
        return table.uniques().stream().anyMatch(u -> name.equalsIgnoreCase(u.name()))
                || table.indexes().stream().anyMatch(i -> i.isUnique() && name.equalsIgnoreCase(i.name()))
                || table.foreignKeys().stream().anyMatch(k -> name.equalsIgnoreCase(k.name()))
                || table.checks().stream().anyMatch(c -> name.equalsIgnoreCase(c.name()))
                || name.equalsIgnoreCase("PRIMARY") && table.primaryKey() != null;
    }

    /** The table whose constraints {@code operation} may add to, so a later drop there waits for it. */
    private static Optional<String> shapedBy(Operation operation) {
        if (operation instanceof CreateTable create) {
            return Optional.of(create.definition().name());
        }
        if (operation instanceof CreateUniqueConstraint create) {
            return Optional.of(create.table());
        }
        if (operation instanceof CreateForeignKey create) {
            return Optional.of(create.table());
        }
        if (operation instanceof CreateCheckConstraint create) {
            return Optional.of(create.table());
        }
        if (operation instanceof AddColumn add && (add.column().isUnique() || add.column().references() != null)) {
            return Optional.of(add.table());
        }
        if (operation instanceof RenameTable rename) {
            return Optional.of(rename.newName());
        }
        return Optional.empty();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
