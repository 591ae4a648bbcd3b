package dev.retort.autogen;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.Trigger;
import dev.retort.schema.View;

import dev.retort.ops.Operation;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The judgement calls of {@link SchemaDiff} that depend on the database family: which types are the same,
 * which tables to leave alone, when two defaults or expressions say the same thing. This default reads
 * common synonyms portably; each dialect subclasses it and overrides only what differs.
 */
public class DiffHooks {
    private static final Set<String> RETORT_TABLES = Set.of("retort_version", "retort_log");

    /** Tables the diff neither creates nor drops: Retort's own, and (in a dialect's hooks) the database's internal ones. */
    public boolean ignoresTable(String name) {
        return RETORT_TABLES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Indexes the database made for a constraint (a dialect's hooks say which); they come and go with the constraint. */
    public boolean ignoresIndex(String name) {
        return false;
    }

    /** Whether the column's type changed. Both sides go through {@link #canonical} first. */
    public boolean sameType(ColumnType current, ColumnType target) {
        return canonical(current).equals(canonical(target));
    }

    /**
     * The type of a generated single-column key. Its integer width is the dialect's choice: SQLite makes a
     * generated key a rowid alias only when it is declared exactly {@code INTEGER PRIMARY KEY}
     * (sqlite.org/lang_createtable.html#rowid), so a model's BIGINT id reads back as INTEGER.
     */
    public boolean sameGeneratedKeyType(ColumnType current, ColumnType target) {
        ColumnType a = canonical(current);
        ColumnType b = canonical(target);
        return a.isInteger() && b.isInteger() || a.equals(b);
    }

    /**
     * Whether nullability changed. A primary key column is NOT NULL whatever it says: SQLite reports
     * {@code notnull = 0} for key columns declared without NOT NULL (sqlite.org/lang_createtable.html,
     * "PRIMARY KEY"), while models say the key is required.
     */
    public boolean sameNullability(Column current, Column target, boolean primaryKey) {
        return primaryKey || current.isNullable() == target.isNullable();
    }

    /**
     * Whether a key's being generated changed. Ignored by default: no portable operation changes it, and
     * SQLite assigns rowid-alias keys with or without AUTOINCREMENT, so a model's {@code @GeneratedValue}
     * and a table written without AUTOINCREMENT both work.
     */
    public boolean sameAutoIncrement(Column current, Column target) {
        return true;
    }

    public boolean sameDefault(String current, String target) {
        return java.util.Objects.equals(SqlText.normalizeDefault(current), SqlText.normalizeDefault(target));
    }

    /** Check expressions, partial-index predicates and index expressions. */
    public boolean sameExpression(String current, String target) {
        return java.util.Objects.equals(SqlText.normalizeExpression(current), SqlText.normalizeExpression(target));
    }

    /**
     * The operations that turn a column's comment, collation and dialect attributes from {@code current}'s into
     * {@code target}'s (their type, nullability and default are {@code AlterColumn}'s business), each with its
     * reverse. Empty when the dialect cannot: the diff then names the change for a person.
     */
    public List<Operation> alterColumnDetails(String table, Column current, Column target) {
        return List.of();
    }

    /** The same for a table's comment and dialect attributes. */
    public List<Operation> alterTableDetails(Table current, Table target) {
        return List.of();
    }

    /**
     * The operations that turn one dialect object into another of the same kind and name (a PostgreSQL enum
     * that gains a value); empty when the change needs a person (the diff names it); null when the object can
     * simply be dropped and created again.
     */
    public List<Operation> alterObject(SchemaObject current, SchemaObject target) {
        return null;
    }

    /** The dialect's name, for the {@code execute} operations that create and drop its objects. */
    public String dialectName() {
        return null;
    }

    /** Collations compare without regard to case; none named equals none named. */
    public boolean sameCollation(String current, String target) {
        return current == null ? target == null : current.equalsIgnoreCase(target);
    }

    /** Dialect attributes: the same keys, each value equal without regard to case. */
    public boolean sameAttributes(Map<String, String> current, Map<String, String> target) {
        if (!current.keySet().equals(target.keySet())) {
            return false;
        }
        return current.entrySet().stream().allMatch(e -> e.getValue().equalsIgnoreCase(target.get(e.getKey())));
    }

    /**
     * Whether two index access methods are the same. A B-tree is every dialect's default, so naming it equals
     * leaving it out; other names compare without regard to case ({@code GIN} is {@code gin}).
     */
    public boolean sameIndexMethod(String current, String target) {
        return java.util.Objects.equals(indexMethod(current), indexMethod(target));
    }

    private static String indexMethod(String method) {
        String m = method == null ? null : method.strip().toLowerCase(Locale.ROOT);
        return m == null || m.isEmpty() || m.equals("btree") ? null : m;
    }

    /**
     * Whether a view changed: its query compared as {@link #sameExpression} does (both sides are read back
     * from a database, so each is in the server's own spelling), and its column list.
     */
    public boolean sameView(View current, View target) {
        return sameExpression(current.query(), target.query())
                && dev.retort.schema.Names.same(current.columns(), target.columns());
    }

    /** Whether a trigger changed: its table, and its statement compared as {@link #sameExpression} does. */
    public boolean sameTrigger(Trigger current, Trigger target) {
        return current.table().equalsIgnoreCase(target.table()) && sameExpression(current.sql(), target.sql());
    }

    /**
     * One spelling per type: a RAW type that names a portable one ({@code int}, {@code VARCHAR(20)},
     * {@code decimal(10,2)}) becomes it, other RAW text is upper-cased with single spaces, and NUMERIC(p)
     * is NUMERIC(p, 0) as the SQL standard says.
     */
    public ColumnType canonical(ColumnType type) {
        ColumnType t = type.kind() == Kind.RAW ? TypeNames.portable(type.raw()) : type;
        if (t.kind() == Kind.NUMERIC && t.precision() != null && t.scale() == null) {
            return new ColumnType(Kind.NUMERIC, null, t.precision(), 0, null);
        }
        return t;
    }
}
