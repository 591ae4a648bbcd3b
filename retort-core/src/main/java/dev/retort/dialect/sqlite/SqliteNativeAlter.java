package dev.retort.dialect.sqlite;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnChange;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropIndex;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.Table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether SQLite's own ALTER TABLE can carry out one change, following the restrictions in
 * sqlite.org/lang_altertable.html; when it cannot, the change goes into a table rebuild.
 */
final class SqliteNativeAlter {
    /** Defaults ADD COLUMN accepts: constants, not CURRENT_* and not an expression in parentheses (3.3 of the page). */
    private static final Pattern CONSTANT_DEFAULT = Pattern.compile(
            "[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?|[-+]?\\.\\d+([eE][-+]?\\d+)?|0[xX][0-9a-fA-F]+"
                    + "|'([^']|'')*'|[xX]'[0-9a-fA-F]*'|(?i:NULL|TRUE|FALSE)");

    private final SqliteVersion version;
    private final SqliteSchemaContext context;

    SqliteNativeAlter(SqliteVersion version, SqliteSchemaContext context) {
        this.version = version;
        this.context = context;
    }

    /** The ALTER statements for {@code operation} on {@code table} as it is now, or empty when it needs a rebuild. */
    Optional<List<String>> statements(Operation operation, Table table) {
        if (operation instanceof AddColumn add) {
            return addColumn(table, add.column()) ? Optional.of(List.of(SqliteDdlRenderer.addColumn(table.name(), add.column())))
                    : Optional.empty();
        }
        if (operation instanceof DropColumn drop) {
            return dropColumn(table, drop.column())
                    ? Optional.of(List.of(SqliteDdlRenderer.dropColumn(table.name(), drop.column()))) : Optional.empty();
        }
        if (operation instanceof AlterColumn alter) {
            return alterColumn(table, alter);
        }
        if (operation instanceof CreateIndex create) {
            return Optional.of(List.of(SqliteDdlRenderer.createIndex(create.index())));
        }
        if (operation instanceof DropIndex drop) {
            return Optional.of(List.of(SqliteDdlRenderer.dropIndex(drop.name())));
        }
        return Optional.empty();
    }

    /**
     * ADD COLUMN refuses PRIMARY KEY and UNIQUE, a NOT NULL column without a non-NULL default, and defaults
     * that are CURRENT_TIME/DATE/TIMESTAMP or an expression in parentheses.
     */
    static boolean addColumn(Table table, Column column) {
        if (column.isPrimaryKey() || column.isUnique() || column.isAutoIncrement()) {
            return false;
        }
        if (column.generated() != null) {
            // ADD COLUMN takes a VIRTUAL generated column but not a STORED one (sqlite.org/gencol.html, 2.3).
            return !column.generated().stored();
        }
        String dflt = column.serverDefault() == null ? null : column.serverDefault().strip();
        if (dflt != null && !CONSTANT_DEFAULT.matcher(dflt).matches()) {
            return false;
        }
        boolean nullDefault = dflt == null || dflt.equalsIgnoreCase("NULL");
        return column.isNullable() || !nullDefault;
    }

    /**
     * DROP COLUMN (3.35.0+) fails when the column is in the primary key, has a UNIQUE constraint, is
     * indexed (terms or WHERE), is used by a CHECK or foreign key, or appears in a trigger or view.
     */
    boolean dropColumn(Table table, String column) {
        if (!version.atLeast(SqliteVersion.DROP_COLUMN) || table.column(column).isEmpty()) {
            return false;
        }
        if (table.primaryKey() != null && containsIgnoreCase(table.primaryKey().columns(), column)) {
            return false;
        }
        if (table.uniques().stream().anyMatch(u -> containsIgnoreCase(u.columns(), column))
                || table.foreignKeys().stream().anyMatch(k -> containsIgnoreCase(k.columns(), column))
                || table.checks().stream().anyMatch(c -> SqliteSchemaContext.mentions(c.expression(), column))) {
            return false;
        }
        for (Index index : table.indexes()) {
            boolean used = index.columns().stream().anyMatch(term -> SqliteIdentifiers.isPlainName(term)
                    ? term.equalsIgnoreCase(column) : SqliteSchemaContext.mentions(term, column));
            if (used || (index.where() != null && SqliteSchemaContext.mentions(index.where(), column))) {
                return false;
            }
        }
        return context.mentioning(column).isEmpty()
                && context.referencing(table.name()).stream().noneMatch(r -> containsIgnoreCase(r.key().refColumns(), column));
    }

    /** Only a pure rename is native (RENAME COLUMN, 3.25.0+); type, nullability and default changes rebuild. */
    private Optional<List<String>> alterColumn(Table table, AlterColumn alter) {
        ColumnChange change = alter.change();
        Optional<Column> current = table.column(alter.column());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Column before = current.get();
        Column after = alter.applyTo(before);
        boolean onlyRenamed = after.equals(before.withName(after.name()));
        if (!onlyRenamed) {
            return Optional.empty();
        }
        if (change.newName() == null || change.newName().equals(before.name())) {
            return Optional.of(List.of());
        }
        if (!version.atLeast(SqliteVersion.RENAME_COLUMN)) {
            return Optional.empty();
        }
        return Optional.of(List.of(SqliteDdlRenderer.renameColumn(table.name(), before.name(), change.newName())));
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower));
    }
}
