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
 * table options ({@code WITHOUT ROWID}, {@code STRICT}), column collations and foreign keys' DEFERRABLE
 * clauses. Generated columns are listed because a rebuild cannot carry them (they are refused).
 */
record SqliteTableExtras(String options, Map<String, String> collations, List<DeferredKey> deferrable,
                         List<String> generatedColumns) {

    record DeferredKey(List<String> columns, String clause) {
    }

    static final SqliteTableExtras NONE = new SqliteTableExtras("", Map.of(), List.of(), List.of());

    static SqliteTableExtras of(SqliteTableSql parsed) {
        Map<String, String> collations = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> generated = new ArrayList<>();
        for (ColumnSql column : parsed.columns()) {
            if (column.collation() != null) {
                collations.put(column.name(), column.collation());
            }
            if (column.generated()) {
                generated.add(column.name());
            }
        }
        List<DeferredKey> deferrable = new ArrayList<>();
        for (ConstraintSql c : parsed.allConstraints()) {
            if (c.deferrable() != null) {
                deferrable.add(new DeferredKey(c.columns(), c.deferrable()));
            }
        }
        return new SqliteTableExtras(parsed.options(), collations, deferrable, generated);
    }

    boolean withoutRowid() {
        return SqlTokenizer.tokenize(options).stream().anyMatch(t -> t.is("WITHOUT"));
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

    /** The same extras after a column rename, so a collation follows its column. */
    SqliteTableExtras renameColumn(String from, String to) {
        Map<String, String> renamed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        collations.forEach((column, collation) -> renamed.put(column.equalsIgnoreCase(from) ? to : column, collation));
        List<DeferredKey> keys = new ArrayList<>();
        for (DeferredKey key : deferrable) {
            keys.add(new DeferredKey(key.columns().stream().map(c -> c.equalsIgnoreCase(from) ? to : c).toList(), key.clause()));
        }
        return new SqliteTableExtras(options, renamed, keys, generatedColumns);
    }
}
