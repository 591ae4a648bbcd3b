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
     * reverse; empty when the dialect cannot (the diff then names the change for a person); null, as by default,
     * when the dialect carries them out as part of {@code alterColumn} ({@link dev.retort.ops.ColumnChange#attributesOf}).
     */
    public List<Operation> alterColumnDetails(String table, Column current, Column target) {
        return null;
    }

    /** Whether two columns are computed alike: both hold data, or both are generated the same way. */
    public boolean sameGeneration(Column current, Column target) {
        return current.generated() == null ? target.generated() == null
                : target.generated() != null && current.generated().stored() == target.generated().stored()
                && sameExpression(current.generated().expression(), target.generated().expression());
    }

    /**
     * A generated column changed by dropping it and adding it computed anew: it holds nothing of its own, so
     * nothing is lost, and servers that cannot alter a generation (PostgreSQL before 17, MySQL between VIRTUAL
     * and STORED) need it.
     */
    protected static List<Operation> regenerate(String table, Column current, Column target) {
        return List.of(new dev.retort.ops.DropColumn(table, current.name(), current), new dev.retort.ops.AddColumn(table, target));
    }

    /**
     * The same for a table's comment and dialect options; null, as by default, when the dialect changes its options
     * with {@code alterTableOptions}.
     */
    public List<Operation> alterTableDetails(Table current, Table target) {
        return null;
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
     * Whether a column's collation, generation, comment and dialect options are the same. Collation names
     * compare without regard to case (SQLite and MySQL treat them so); generation expressions as
     * {@link #sameExpression} does.
     */
    public boolean sameAttributes(Column current, Column target) {
        boolean collation = current.collation() == null ? target.collation() == null
                : current.collation().equalsIgnoreCase(String.valueOf(target.collation()));
        boolean generated = current.generated() == null ? target.generated() == null
                : target.generated() != null && current.generated().stored() == target.generated().stored()
                && sameExpression(current.generated().expression(), target.generated().expression());
        return collation && generated && java.util.Objects.equals(current.comment(), target.comment())
                && current.options().equals(target.options());
    }

    /**
     * Whether a table is compared as a whole and replaced when it differs, rather than altered: never by
     * default; SQLite's virtual tables, which no ALTER or rebuild can change, are.
     */
    public boolean isReplacedWhole(dev.retort.schema.Table current, dev.retort.schema.Table target) {
        return false;
    }

    /** For a table {@link #isReplacedWhole replaced whole}: whether it differs, so it is dropped and created again. */
    public boolean recreates(dev.retort.schema.Table current, dev.retort.schema.Table target) {
        return !current.equals(target);
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
