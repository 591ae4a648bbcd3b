package dev.retort.dialect.postgres;

import dev.retort.autogen.DiffHooks;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;

import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;

import java.util.List;
import java.util.Locale;

/**
 * What counts as "the same" on PostgreSQL. The models are first spelled as PostgreSQL stores them (see
 * {@link PostgresModels}), so most comparisons are close; these rules cover what remains: PostgreSQL's one
 * binary type, integer widths that it keeps exactly, boolean defaults written as 1 or 0, and the casts and
 * parentheses PostgreSQL adds to expressions it prints.
 */
public final class PostgresDiffHooks extends DiffHooks {

    /** BINARY(n) and BLOB are both {@code bytea}; the {@code format_type} synonyms (int4, varchar) read as portable. */
    @Override
    public ColumnType canonical(ColumnType type) {
        ColumnType t = super.canonical(type);
        return t.kind() == Kind.BINARY ? ColumnType.of(Kind.BLOB) : t;
    }

    /** Unlike SQLite's rowid, an identity column keeps the integer type it was declared with. */
    @Override
    public boolean sameGeneratedKeyType(ColumnType current, ColumnType target) {
        return sameType(current, target);
    }

    @Override
    public boolean sameDefault(String current, String target) {
        return super.sameDefault(booleanAsDigit(current), booleanAsDigit(target));
    }

    /** Casts and grouping aside (see {@link PostgresExpressions}): PostgreSQL's printing is not stable under re-parsing. */
    @Override
    public boolean sameExpression(String current, String target) {
        return super.sameExpression(PostgresExpressions.withoutCastsAndGrouping(current),
                PostgresExpressions.withoutCastsAndGrouping(target));
    }

    @Override
    public List<Operation> alterColumnDetails(String table, Column current, Column target) {
        return sameGeneration(current, target) ? PostgresDetailChanges.column(table, current, target)
                : regenerate(table, current, target);
    }

    @Override
    public List<Operation> alterTableDetails(Table current, Table target) {
        return PostgresDetailChanges.table(current, target);
    }

    /**
     * An enum type that gains values is altered in place, any other change to it is for a person (an empty list);
     * a sequence is altered, a function replaced in place where it can be, a partition given a new bound is detached
     * and attached again; anything else is dropped and created.
     */
    @Override
    public List<Operation> alterObject(SchemaObject current, SchemaObject target) {
        if (PostgresFunctions.isFunction(current)) {
            return PostgresFunctions.replace(current, target);
        }
        return switch (current.kind()) {
            case PostgresObjects.ENUM -> PostgresEnumChange.of(current, target);
            case PostgresObjects.PARTITION -> PostgresPartitionChange.of(current, target);
            case PostgresSequences.SEQUENCE -> PostgresSequences.alter(current, target);
            default -> null;
        };
    }

    @Override
    public String dialectName() {
        return PostgresProvider.NAME;
    }

    /** {@code true} is how PostgreSQL prints the portable boolean default 1 (which Retort writes as TRUE). */
    private static String booleanAsDigit(String expression) {
        if (expression == null) {
            return null;
        }
        String text = expression.strip().toLowerCase(Locale.ROOT);
        return text.equals("true") ? "1" : text.equals("false") ? "0" : expression;
    }
}
