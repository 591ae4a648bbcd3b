package dev.retort.dialect.postgres;

import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.schema.SchemaObject;

import java.util.List;

/**
 * A partition whose bound changed. Dropping and creating it again would drop its rows, so the partition is
 * detached and attached again with the new bound (postgresql.org/docs/current/sql-altertable.html): the attach
 * checks that every row fits, and a row that does not fails the revision, which then rolls back with nothing
 * lost. A partition moved to another parent, or partitioned by another key, is for a person.
 */
final class PostgresPartitionChange {
    private static final String SUBPARTITIONED = " PARTITION BY ";

    private PostgresPartitionChange() {
    }

    /** The operation, or an empty list when more than the bound changed. */
    static List<Operation> of(SchemaObject current, SchemaObject target) {
        String before = bound(current);
        String after = bound(target);
        if (before == null || after == null || !current.ofTable().equalsIgnoreCase(target.ofTable())
                || !subpartitioning(current).equals(subpartitioning(target))) {
            return List.of();
        }
        return List.of(new Execute(reattach(target, after), PostgresProvider.NAME, reattach(current, before)));
    }

    private static String reattach(SchemaObject partition, String bound) {
        String parent = "ALTER TABLE " + PostgresIdentifiers.quote(partition.ofTable());
        String name = PostgresIdentifiers.quote(partition.name());
        return parent + " DETACH PARTITION " + name + ";\n" + parent + " ATTACH PARTITION " + name + " " + bound;
    }

    /** {@code FOR VALUES ...} or {@code DEFAULT}, as {@link PostgresObjects#partition} wrote it after the parent. */
    private static String bound(SchemaObject partition) {
        String prefix = "CREATE TABLE " + PostgresIdentifiers.quote(partition.name()) + " PARTITION OF "
                + PostgresIdentifiers.quote(partition.ofTable()) + " ";
        if (!partition.create().startsWith(prefix)) {
            return null;
        }
        String rest = partition.create().substring(prefix.length());
        int sub = rest.lastIndexOf(SUBPARTITIONED);
        return sub < 0 ? rest : rest.substring(0, sub);
    }

    private static String subpartitioning(SchemaObject partition) {
        int sub = partition.create().lastIndexOf(SUBPARTITIONED);
        return sub < 0 ? "" : partition.create().substring(sub);
    }
}
