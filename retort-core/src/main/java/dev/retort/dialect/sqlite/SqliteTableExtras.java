package dev.retort.dialect.sqlite;

import dev.retort.schema.Names;
import dev.retort.dialect.sqlite.SqliteTableSql.ColumnSql;
import dev.retort.dialect.sqlite.SqliteTableSql.ConstraintSql;
import dev.retort.schema.ForeignKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a SQLite table declares beyond the neutral model, kept so a rebuild does not quietly lose it:
 * table options ({@code WITHOUT ROWID}, {@code STRICT}), column collations, foreign keys' DEFERRABLE
 * clauses and the {@code ON CONFLICT} resolutions of keys and NOT NULL columns (a lost {@code UNIQUE ON
 * CONFLICT REPLACE} would turn the application's silent upserts into errors). Generated columns are listed
 * because a rebuild cannot carry them (they are refused).
 */
record SqliteTableExtras(String options, Map<String, String> collations, List<DeferredKey> deferrable,
                         List<ConflictClause> conflicts, List<String> generatedColumns) {

    record DeferredKey(List<String> columns, String clause) {
    }

    /** @param kind PRIMARY KEY, UNIQUE or NOT NULL; {@code resolution} as in {@code ON CONFLICT REPLACE} */
    record ConflictClause(String kind, List<String> columns, String resolution) {
    }

    static final SqliteTableExtras NONE = new SqliteTableExtras("", Map.of(), List.of(), List.of(), List.of());

    static SqliteTableExtras of(SqliteTableSql parsed) {
        Map<String, String> collations = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> generated = new ArrayList<>();
        for (ColumnSql column : parsed.columns()) {
            if (column.collation() != null) {
                collations.put(column.name(), column.collation());
            }
            if (column.generated() != null) {
                generated.add(column.name());
            }
        }
        List<DeferredKey> deferrable = new ArrayList<>();
        List<ConflictClause> conflicts = new ArrayList<>();
        for (ConstraintSql c : parsed.allConstraints()) {
            if (c.deferrable() != null) {
                deferrable.add(new DeferredKey(c.columns(), c.deferrable()));
            }
            if (c.onConflict() != null) {
                conflicts.add(new ConflictClause(c.kind(), c.columns(), c.onConflict()));
            }
        }
        return new SqliteTableExtras(parsed.options(), collations, deferrable, conflicts, generated);
    }

    boolean withoutRowid() {
        return SqliteIdentifiers.tokens(options).stream().anyMatch(t -> t.is("WITHOUT"));
    }

    String collation(String column) {
        return collations.get(column);
    }

    String deferrableClause(ForeignKey fk) {
        for (DeferredKey key : deferrable) {
            if (Names.same(key.columns(), fk.columns())) {
                return key.clause();
            }
        }
        return null;
    }

    /**
     * The {@code ON CONFLICT} clause (with a leading space) of the {@code kind} constraint on exactly
     * {@code columns}, or an empty string.
     */
    String conflictClause(String kind, List<String> columns) {
        for (ConflictClause conflict : conflicts) {
            if (conflict.kind().equals(kind) && Names.same(conflict.columns(), columns)) {
                return " ON CONFLICT " + conflict.resolution();
            }
        }
        return "";
    }

    /** The same extras after a column rename, so a collation or a clause follows its column. */
    SqliteTableExtras renameColumn(String from, String to) {
        Map<String, String> renamed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        collations.forEach((column, collation) -> renamed.put(column.equalsIgnoreCase(from) ? to : column, collation));
        List<DeferredKey> keys = new ArrayList<>();
        for (DeferredKey key : deferrable) {
            keys.add(new DeferredKey(rename(key.columns(), from, to), key.clause()));
        }
        List<ConflictClause> clauses = new ArrayList<>();
        for (ConflictClause conflict : conflicts) {
            clauses.add(new ConflictClause(conflict.kind(), rename(conflict.columns(), from, to), conflict.resolution()));
        }
        return new SqliteTableExtras(options, renamed, keys, clauses, generatedColumns);
    }

    private static List<String> rename(List<String> columns, String from, String to) {
        return columns.stream().map(c -> c.equalsIgnoreCase(from) ? to : c).toList();
    }
}
