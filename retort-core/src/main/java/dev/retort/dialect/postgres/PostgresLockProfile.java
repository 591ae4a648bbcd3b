package dev.retort.dialect.postgres;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.spi.LockProfile;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's locks during schema changes (postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES,
 * explicit-locking.html#LOCKING-TABLES). A plain CREATE INDEX holds SHARE, which blocks writes for the whole
 * build; most ALTER TABLE forms hold ACCESS EXCLUSIVE, which blocks reads too, so what matters is how long
 * they hold it: a rewrite or a full scan holds it for as long as the table takes to read.
 */
final class PostgresLockProfile implements LockProfile {
    /**
     * Functions whose value differs per row (provolatile = 'v' in pg_proc). Since PostgreSQL 11, ADD COLUMN with
     * a non-volatile default stores the value once in the catalog; a volatile one is evaluated for every row,
     * which rewrites the table (sql-altertable.html, "Adding a column with a volatile DEFAULT").
     */
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(random|clock_timestamp|timeofday|gen_random_uuid"
            + "|uuid_generate_v[1-5]|uuid_generate_v1mc|nextval|setseed|txid_current|pg_current_xact_id)\\s*\\(");
    private static final Pattern TYPE_TEXT = Pattern.compile("([a-z][a-z0-9_ ]*?)\\s*(\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?");
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("varchar", "character varying"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"), Map.entry("float4", "real"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("time", "time without time zone"));

    @Override
    public boolean servesLiveTraffic() {
        return true;
    }

    @Override
    public boolean indexBuildBlocksWrites() {
        return true;
    }

    @Override
    public boolean defaultRewritesTable(String expression) {
        return expression != null && VOLATILE.matcher(expression).find();
    }

    /**
     * A type change rewrites the table and its indexes unless the old type is binary coercible to the new one
     * (sql-altertable.html, "Notes"): for the portable types, a longer or unbounded varchar, varchar to text, and
     * a numeric with more digits before the point at the same scale. Retort's {@code USING column::type} keeps
     * those free: PostgreSQL recognises a cast that does not change the value.
     */
    @Override
    public Rewrite typeChange(ColumnType from, ColumnType to) {
        ColumnType target = portable(to);
        if (from == null) {
            return mayBeFree(target) ? Rewrite.UNKNOWN : Rewrite.YES;
        }
        ColumnType source = portable(from);
        if (source.equals(target)) {
            return Rewrite.NO;
        }
        if (source.kind() == Kind.STRING && (target.kind() == Kind.TEXT
                || target.kind() == Kind.STRING && (target.length() == null
                || source.length() != null && target.length() >= source.length()))) {
            return Rewrite.NO;
        }
        if (source.kind() == Kind.TEXT && target.kind() == Kind.STRING && target.length() == null) {
            return Rewrite.NO;
        }
        if (source.kind() == Kind.NUMERIC && target.kind() == Kind.NUMERIC && (target.precision() == null
                || source.precision() != null && java.util.Objects.equals(source.scale(), target.scale())
                && target.precision() >= source.precision())) {
            return Rewrite.NO;
        }
        return Rewrite.YES;
    }

    @Override
    public boolean validatesConstraintsSeparately() {
        return true;
    }

    /** Since PostgreSQL 12 a valid CHECK (column IS NOT NULL) lets SET NOT NULL skip its scan (sql-altertable.html). */
    @Override
    public boolean setNotNullScansTable() {
        return true;
    }

    private static boolean mayBeFree(ColumnType target) {
        return target.kind() == Kind.STRING || target.kind() == Kind.TEXT || target.kind() == Kind.NUMERIC;
    }

    /** A type read from SQL text ({@code varchar(200)}, {@code int8}) as the portable type the catalog would print. */
    static ColumnType portable(ColumnType type) {
        if (type.kind() != Kind.RAW) {
            return type;
        }
        Matcher m = TYPE_TEXT.matcher(type.raw().strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return type;
        }
        String name = ALIASES.getOrDefault(m.group(1).strip(), m.group(1).strip());
        return PostgresTypes.parse(name + (m.group(2) == null ? "" : m.group(2).replace(" ", "")));
    }
}
