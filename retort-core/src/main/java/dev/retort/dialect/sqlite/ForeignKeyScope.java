package dev.retort.dialect.sqlite;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an operation can add foreign key violations, so that a revision's check reads only those tables
 * ({@code PRAGMA foreign_key_check(table)}, sqlite.org/pragma.html#pragma_foreign_key_check) and not every table
 * of the database. A table's own rows can only reference missing parents when the table itself changes; the
 * rows of the tables that reference it only when its key columns (the ones they reference) change, or it is
 * dropped or renamed. Raw SQL other than a {@code CREATE TABLE} is not read: it widens the check to everything.
 */
final class ForeignKeyScope {
    /**
     * One table an operation touches.
     *
     * @param created    the table is new (its rows and its references were not there before)
     * @param keyColumns the columns whose values or uniqueness may change, which the referencing tables' rows
     *                   depend on; null for any (a dropped or renamed table, a changed primary key)
     */
    record Touch(String table, boolean created, Set<String> keyColumns) {
        boolean affectsReferencingTables() {
            return keyColumns == null || !keyColumns.isEmpty();
        }
    }

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"[^\"]+\"|`[^`]+`|\\[[^]]+]|[A-Za-z_][A-Za-z0-9_$]*)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private ForeignKeyScope() {
    }

    /** What {@code operation} touches; null when that is not known (raw SQL), so everything must be checked. */
    static List<Touch> of(Operation operation) {
        List<Touch> touches = new ArrayList<>();
        return add(operation, touches) ? touches : null;
    }

    private static boolean add(Operation op, List<Touch> into) {
        if (op instanceof Execute execute) {
            String created = createdTable(execute.sql());
            if (created == null) {
                return false;
            }
            into.add(new Touch(created, true, Set.of()));
        } else if (op instanceof BatchAlterTable batch) {
            for (Operation inner : batch.operations()) {
                if (!add(inner, into)) {
                    return false;
                }
            }
        } else if (op instanceof CreateTable create) {
            into.add(new Touch(create.definition().name(), true, Set.of()));
        } else if (op instanceof RenameTable rename) {
            into.add(new Touch(rename.table(), false, null));
            into.add(new Touch(rename.newName(), false, null));
        } else if (op instanceof DropTable || op instanceof CreatePrimaryKey || op instanceof DropPrimaryKey) {
            into.add(new Touch(op.table(), false, null));
        } else if (op instanceof DropColumn drop) {
            into.add(new Touch(op.table(), false, columns(List.of(drop.column()))));
        } else if (op instanceof AlterColumn alter) {
            into.add(new Touch(op.table(), false, columns(List.of(alter.column()))));
        } else if (op instanceof DropConstraint drop) {
            into.add(new Touch(op.table(), false, drop.definition() instanceof UniqueConstraint unique
                    ? columns(unique.columns()) : drop.definition() instanceof PrimaryKey || drop.definition() == null
                    ? null : Set.of()));
        } else if (op instanceof DropIndex drop) {
            into.add(new Touch(drop.table(), false, drop.definition() == null ? null
                    : drop.definition().isUnique() ? columns(drop.definition().columns()) : Set.of()));
        } else if (op.table() != null) {
            // Added columns, constraints, indexes and rows: the table's own references may break, no key goes away.
            into.add(new Touch(op.table(), false, Set.of()));
        } else {
            return false;
        }
        return into.stream().allMatch(t -> t.table() != null);
    }

    private static Set<String> columns(List<String> names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(names);
        return set;
    }

    /** The table a {@code CREATE TABLE ... (} statement makes, unquoted; null for any other statement. */
    static String createdTable(String sql) {
        String statement = sql.strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1);
        }
        Matcher m = CREATE_TABLE.matcher(statement);
        if (!m.lookingAt() || statement.indexOf(';') >= 0 || statement.toUpperCase(Locale.ROOT).contains(" AS SELECT")) {
            return null;   // more than one statement, or rows from elsewhere: not only a new empty table
        }
        String name = m.group(1);
        char first = name.charAt(0);
        return first == '"' || first == '`' || first == '[' ? name.substring(1, name.length() - 1) : name;
    }
}
