package dev.retort.dialect.sqlite;

import dev.retort.schema.Names;
import dev.retort.error.RetortException;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterTableOptions;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One table's definition as a revision's operations change it, step by step, remembering where each
 * column's values come from in the table as it was. A rebuild creates {@link #table()} and copies the
 * rows with {@link #copyExpression}. Dropping a column also drops what only that column used (its own
 * UNIQUE, CHECK, foreign key, single-column indexes), as SQLite and PostgreSQL do; anything that also
 * uses other columns is an error that names it, so nothing is lost silently.
 */
final class TableRewrite {
    private final Table original;
    private Table table;
    private SqliteTableExtras extras;
    /** Current column name (lower case) to the name of the column in the original table that feeds it. */
    private final Map<String, String> sources = new LinkedHashMap<>();
    /** Columns made NOT NULL that have a default: NULLs in the old rows are replaced by it while copying. */
    private final Map<String, String> nullReplacements = new LinkedHashMap<>();
    private final Set<String> droppedWithColumn = new HashSet<>();
    private final List<String[]> renames = new ArrayList<>();
    /** Every column name the table had at some point of the group (lower case), to spot uses of dropped ones. */
    private final Set<String> everColumns = new HashSet<>();

    TableRewrite(Table original, SqliteTableExtras extras) {
        this.original = original;
        this.table = original;
        this.extras = extras;
        original.columns().forEach(c -> sources.put(key(c.name()), c.name()));
        original.columns().forEach(c -> everColumns.add(key(c.name())));
    }

    Table table() {
        return table;
    }

    Table original() {
        return original;
    }

    SqliteTableExtras extras() {
        return extras;
    }

    /** True when the operations left the table exactly as it was: no rebuild needed. */
    boolean unchanged() {
        return table.equals(original) && nullReplacements.isEmpty();
    }

    /** Columns renamed so far, as {from, to} pairs in order. */
    List<String[]> renames() {
        return renames;
    }

    /** The original column that feeds {@code column}, or null for a column the revision adds. */
    String source(String column) {
        return sources.get(key(column));
    }

    /** The SELECT expression that fills {@code column} of the new table from the old one, or null. */
    String copyExpression(Column column) {
        String source = source(column.name());
        if (source == null) {
            return null;
        }
        String replacement = nullReplacements.get(key(column.name()));
        String quoted = SqliteIdentifiers.quote(source);
        return replacement == null ? quoted
                : "COALESCE(" + quoted + ", " + SqliteDdlRenderer.defaultExpression(replacement) + ")";
    }

    void apply(Operation operation) {
        if (operation instanceof AlterTableOptions options) {
            if (SqliteTableOptions.virtualModule(table) != null || options.options().containsKey(SqliteTableOptions.VIRTUAL)) {
                throw fail("a virtual table cannot be altered; drop it and create it again");
            }
            table = table.withOptions(options.options());
        } else if (operation instanceof AddColumn add) {
            addColumn(add.column());
        } else if (operation instanceof DropColumn drop) {
            dropColumn(drop.column());
        } else if (operation instanceof AlterColumn alter) {
            alterColumn(alter);
        } else if (operation instanceof CreateIndex create) {
            if (index(create.index().name()) != null) {
                throw fail("index " + create.index().name() + " already exists");
            }
            requireColumns(create.index().columns().stream().filter(SqliteIdentifiers::isPlainName).toList());
            List<Index> indexes = new ArrayList<>(table.indexes());
            indexes.add(create.index());
            table = table.withIndexes(indexes);
        } else if (operation instanceof DropIndex drop) {
            Index index = index(drop.name());
            if (index == null) {
                if (droppedWithColumn.contains(key(drop.name()))) {
                    return;
                }
                throw fail("there is no index named " + drop.name());
            }
            table = table.withIndexes(table.indexes().stream().filter(i -> i != index).toList());
        } else if (operation instanceof CreateUniqueConstraint create) {
            requireColumns(create.constraint().columns());
            List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
            uniques.add(create.constraint());
            table = with(table.primaryKey(), uniques, table.foreignKeys(), table.checks());
        } else if (operation instanceof CreateForeignKey create) {
            requireColumns(create.constraint().columns());
            List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
            keys.add(create.constraint());
            table = with(table.primaryKey(), table.uniques(), keys, table.checks());
        } else if (operation instanceof CreateCheckConstraint create) {
            List<CheckConstraint> checks = new ArrayList<>(table.checks());
            checks.add(create.constraint());
            table = with(table.primaryKey(), table.uniques(), table.foreignKeys(), checks);
        } else if (operation instanceof DropConstraint drop) {
            dropConstraint(drop);
        } else if (operation instanceof CreatePrimaryKey create) {
            if (table.primaryKey() != null) {
                throw fail("the table already has a primary key " + table.primaryKey().columns()
                        + "; drop it first with dropPrimaryKey");
            }
            requireColumns(create.key().columns());
            table = with(create.key(), table.uniques(), table.foreignKeys(), table.checks());
        } else if (operation instanceof DropPrimaryKey) {
            if (table.primaryKey() == null) {
                throw fail("there is no primary key to drop");
            }
            table = with(null, table.uniques(), table.foreignKeys(), table.checks());
        } else {
            throw new IllegalArgumentException("not a change to one table's definition: " + operation.describe());
        }
    }

    private void addColumn(Column column) {
        if (table.column(column.name()).isPresent()) {
            throw fail("column " + column.name() + " already exists");
        }
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(column.bare());
        PrimaryKey pk = table.primaryKey();
        if (column.isPrimaryKey()) {
            if (pk != null) {
                throw fail("cannot add column " + column.name() + " as a primary key: the table already has one " + pk.columns());
            }
            pk = new PrimaryKey(null, List.of(column.name()));
        }
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
        if (column.isUnique()) {
            uniques.add(new UniqueConstraint(null, List.of(column.name())));
        }
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        if (column.references() != null) {
            keys.add(column.references());
        }
        table = table.withColumns(columns).withConstraints(pk, uniques, keys, table.checks());
        sources.remove(key(column.name()));
        everColumns.add(key(column.name()));
    }

    /**
     * Drops the column and what only it used. Constraints and indexes that also use other columns stay
     * for now: a later operation in the group may drop them; {@link #finish()} refuses what is left.
     */
    private void dropColumn(String name) {
        Column column = requireColumn(name);
        String c = column.name();
        List<UniqueConstraint> uniques = table.uniques().stream()
                .filter(u -> !(u.columns().size() == 1 && contains(u.columns(), c))).toList();
        List<ForeignKey> keys = table.foreignKeys().stream()
                .filter(k -> !(k.columns().size() == 1 && contains(k.columns(), c))).toList();
        List<CheckConstraint> checks = table.checks().stream()
                .filter(k -> !columnsIn(k.expression()).equals(Set.of(key(c)))).toList();
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (columnsIn(index).equals(Set.of(key(c)))) {
                droppedWithColumn.add(key(index.name()));
            } else {
                indexes.add(index);
            }
        }
        List<Column> columns = table.columns().stream().filter(x -> x != column).toList();
        if (columns.isEmpty()) {
            throw fail("cannot drop column " + c + ": it is the table's only column; drop the table instead");
        }
        table = table.withColumns(columns).withConstraints(table.primaryKey(), uniques, keys, checks).withIndexes(indexes);
        sources.remove(key(c));
        nullReplacements.remove(key(c));
    }

    /** Refuses a definition in which a key, constraint or index still uses a column the group dropped. */
    void finish() {
        new DroppedColumnUses(table, everColumns).check();
    }

    private void alterColumn(AlterColumn alter) {
        Column before = requireColumn(alter.column());
        Column after = alter.applyTo(before);
        String from = before.name();
        if (alter.change().newName() != null && !after.name().equalsIgnoreCase(from)
                && table.column(after.name()).isPresent()) {
            throw fail("cannot rename column " + from + " to " + after.name() + ": that column already exists");
        }
        List<Column> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add(column == before ? after : column);
        }
        table = table.withColumns(columns);
        everColumns.add(key(after.name()));
        String source = sources.remove(key(from));
        String replacement = nullReplacements.remove(key(from));
        if (source != null) {
            sources.put(key(after.name()), source);
        }
        if (before.isNullable() && !after.isNullable() && after.serverDefault() != null) {
            replacement = after.serverDefault();
        }
        if (replacement != null && !after.isNullable() && after.serverDefault() != null) {
            nullReplacements.put(key(after.name()), after.serverDefault());
        }
        if (!from.equals(after.name())) {
            renameEverywhere(from, after.name());
        }
    }

    private void renameEverywhere(String from, String to) {
        UnaryOperator<List<String>> names = list -> list.stream().map(n -> n.equalsIgnoreCase(from) ? to : n).toList();
        PrimaryKey pk = table.primaryKey() == null ? null : table.primaryKey().withColumns(names.apply(table.primaryKey().columns()));
        List<UniqueConstraint> uniques = table.uniques().stream().map(u -> u.withColumns(names.apply(u.columns()))).toList();
        List<ForeignKey> keys = table.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), names.apply(fk.columns()),
                fk.refTable(), fk.refTable().equalsIgnoreCase(table.name()) ? names.apply(fk.refColumns()) : fk.refColumns(),
                fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.match())).toList();
        List<CheckConstraint> checks = table.checks().stream()
                .map(ck -> new CheckConstraint(ck.name(), SqlExpressions.renameIn(ck.expression(), from, to))).toList();
        List<Index> indexes = table.indexes().stream().map(ix -> new Index(ix.name(), ix.table(),
                ix.columns().stream().map(e -> SqliteIdentifiers.isPlainName(e)
                        ? (e.equalsIgnoreCase(from) ? to : e) : SqlExpressions.renameIn(e, from, to)).toList(),
                ix.isUnique(), ix.where() == null ? null : SqlExpressions.renameIn(ix.where(), from, to))).toList();
        table = table.withConstraints(pk, uniques, keys, checks).withIndexes(indexes);
        extras = extras.renameColumn(from, to);
        renames.add(new String[]{from, to});
    }

    private void dropConstraint(DropConstraint drop) {
        String name = drop.name();
        PrimaryKey pk = table.primaryKey();
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        List<CheckConstraint> checks = new ArrayList<>(table.checks());
        boolean found;
        if (name != null) {
            found = uniques.removeIf(u -> name.equalsIgnoreCase(u.name()))
                    | keys.removeIf(k -> name.equalsIgnoreCase(k.name()))
                    | checks.removeIf(k -> name.equalsIgnoreCase(k.name()));
            if (pk != null && name.equalsIgnoreCase(pk.name())) {
                pk = null;
                found = true;
            }
            if (!found) {
                throw fail("there is no constraint named " + name + "; named constraints: " + constraintNames());
            }
        } else if (drop.definition() instanceof UniqueConstraint unique) {
            UniqueConstraint match = uniques.stream().filter(u -> Names.same(u.columns(), unique.columns()))
                    .findFirst().orElseThrow(() -> fail("there is no unique constraint on " + unique.columns()));
            uniques.remove(match);
        } else if (drop.definition() instanceof ForeignKey fk) {
            ForeignKey match = keys.stream().filter(k -> Names.same(k.columns(), fk.columns())
                            && (fk.refTable() == null || k.refTable().equalsIgnoreCase(fk.refTable())))
                    .findFirst().orElseThrow(() -> fail("there is no foreign key on " + fk.columns()));
            keys.remove(match);
        } else if (drop.definition() instanceof CheckConstraint check) {
            String wanted = SqlExpressions.normalize(check.expression());
            CheckConstraint match = checks.stream().filter(k -> SqlExpressions.normalize(k.expression()).equals(wanted))
                    .findFirst().orElseThrow(() -> fail("there is no check constraint (" + check.expression() + ")"));
            checks.remove(match);
        } else if (drop.definition() instanceof PrimaryKey) {
            if (pk == null) {
                throw fail("there is no primary key to drop");
            }
            pk = null;
        } else {
            throw fail("dropConstraint needs a name or the constraint's definition");
        }
        table = with(pk, uniques, keys, checks);
    }

    private String constraintNames() {
        List<String> names = new ArrayList<>();
        if (table.primaryKey() != null && table.primaryKey().name() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniques().forEach(u -> names.add(u.name()));
        table.foreignKeys().forEach(k -> names.add(k.name()));
        table.checks().forEach(k -> names.add(k.name()));
        names.removeIf(n -> n == null);
        return names.isEmpty() ? "none (drop unnamed ones by their columns or expression)" : String.join(", ", names);
    }

    private Table with(PrimaryKey pk, List<UniqueConstraint> uniques, List<ForeignKey> keys, List<CheckConstraint> checks) {
        return table.withConstraints(pk, uniques, keys, checks);
    }

    private Index index(String name) {
        return table.indexes().stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private Column requireColumn(String name) {
        return table.column(name).orElseThrow(() -> fail("there is no column " + name));
    }

    private void requireColumns(List<String> names) {
        names.forEach(this::requireColumn);
    }

    /** Columns of this table an expression uses (lower case). */
    private Set<String> columnsIn(String sql) {
        Set<String> names = new HashSet<>();
        table.columns().forEach(c -> names.add(key(c.name())));
        return SqlExpressions.columnsIn(sql, names);
    }

    /** Columns of this table that an index uses, in its terms or its WHERE clause (lower case). */
    private Set<String> columnsIn(Index index) {
        Set<String> used = new HashSet<>();
        for (String term : index.columns()) {
            if (SqliteIdentifiers.isPlainName(term)) {
                used.add(key(term));
            } else {
                used.addAll(columnsIn(term));
            }
        }
        if (index.where() != null) {
            used.addAll(columnsIn(index.where()));
        }
        return used;
    }

    private static boolean contains(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private RetortException fail(String message) {
        return new RetortException("table " + table.name() + ": " + message);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
