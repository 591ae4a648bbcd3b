package dev.retort.dialect.postgres;

import dev.retort.dialect.JdbcInspector;
import dev.retort.dialect.postgres.PostgresCatalog.ColumnRow;
import dev.retort.dialect.postgres.PostgresCatalog.ConstraintRow;
import dev.retort.dialect.postgres.PostgresCatalog.IndexRow;
import dev.retort.history.HistoryTables;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Deferrable;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Generated;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables of the current schema into the neutral model, from the catalogs (see
 * {@link PostgresCatalog}). Identity and {@code serial} columns read as generated keys without a default;
 * a literal default loses the cast PostgreSQL stores with it ({@code 'x'::character varying} reads as
 * {@code 'x'}), so it compares with what a model or revision wrote. Indexes that back a constraint are left
 * out: they come and go with the constraint. Retort's own tables are left out.
 */
public final class PostgresInspector extends JdbcInspector {
    private static final Pattern CAST_LITERAL = Pattern.compile("('(?:[^']|'')*')::[a-z][a-z ]*(?:\\(\\d+(?:,\\s*\\d+)?\\))?");
    private static final Pattern CAST_NUMBER = Pattern.compile("\\(?'?(-?\\d+(?:\\.\\d+)?)'?\\)?::(?:integer|bigint|smallint|numeric|real|double precision)");
    private static final Pattern CHECK = Pattern.compile("(?s)CHECK \\((.*)\\)(?: NOT VALID)?");

    @Override
    protected String databaseName() {
        return "PostgreSQL";
    }

    @Override
    protected Schema readSchema(Connection connection) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (String name : PostgresCatalog.tableNames(connection)) {
            if (!HistoryTables.isHistoryTable(name)) {
                tables.add(read(connection, PostgresCatalog.tableOid(connection, name), name));
            }
        }
        List<dev.retort.schema.Unsupported> unsupported = new ArrayList<>(PostgresViewsAndTriggers.materializedViews(connection));
        unsupported.addAll(PostgresLeftOut.read(connection));
        return new Schema(tables, PostgresViewsAndTriggers.views(connection), PostgresViewsAndTriggers.triggers(connection),
                unsupported, PostgresObjects.read(connection));
    }

    @Override
    protected Optional<Table> readTable(Connection connection, String name) throws SQLException {
        Long oid = PostgresCatalog.tableOid(connection, name);
        return oid == null ? Optional.empty() : Optional.of(read(connection, oid, PostgresCatalog.tableName(connection, oid)));
    }

    private static Table read(Connection connection, long oid, String name) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (ColumnRow row : PostgresCatalog.columns(connection, oid)) {
            columns.add(column(row));
        }
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (ConstraintRow c : PostgresCatalog.constraints(connection, oid)) {
            switch (c.type()) {
                case 'p' -> primaryKey = new PrimaryKey(c.name(), c.columns(), deferrable(c));
                case 'u' -> uniques.add(new UniqueConstraint(c.name(), c.columns(), deferrable(c)));
                case 'f' -> foreignKeys.add(new ForeignKey(c.name(), c.columns(), c.refTable(), c.refColumns(),
                        action(c.onDelete()), action(c.onUpdate()), deferrable(c), match(c.matchType())));
                default -> checks.add(new CheckConstraint(c.name(), checkExpression(c.definition())));
            }
        }
        List<Index> indexes = new ArrayList<>();
        for (IndexRow row : PostgresCatalog.indexes(connection, oid)) {
            List<String> terms = row.terms().stream().map(PostgresIdentifiers::unquote).toList();
            indexes.add(new Index(row.name(), name, terms, row.unique(), row.predicate(), row.method(), row.include(),
                    row.nullsNotDistinct()));
        }
        String partitionBy = PostgresCatalog.partitionKey(connection, oid);
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes,
                partitionBy == null ? Map.of() : Map.of(PostgresAttributes.PARTITION_BY, partitionBy),
                PostgresCatalog.tableComment(connection, oid));
    }

    /**
     * A column; a serial or identity column reads as a generated key without a default, with how it is generated
     * kept as its {@link PostgresAttributes#GENERATOR} unless it is the identity Retort creates.
     */
    private static Column column(ColumnRow row) {
        boolean stored = "s".equals(row.generated());
        // A default that calls a sequence the column does not own (a standalone one) is an ordinary default.
        boolean serial = !stored && row.ownsSequence() && row.defaultExpression() != null
                && row.defaultExpression().startsWith("nextval(");
        boolean generatedKey = !row.identity().isEmpty() || serial;
        String dflt = generatedKey || stored ? null : defaultText(row.defaultExpression());
        Column column = new Column(row.name(), PostgresTypes.parse(row.type()), !row.notNull(), dflt, generatedKey,
                false, false, null, row.collation(), stored ? new Generated(row.defaultExpression(), true) : null,
                row.comment(), Map.of());
        if (serial) {
            column = column.withOption(PostgresAttributes.GENERATOR, PostgresAttributes.SERIAL);
        } else if ("a".equals(row.identity())) {
            column = column.withOption(PostgresAttributes.GENERATOR, PostgresAttributes.IDENTITY_ALWAYS);
        }
        return column;
    }

    /** A stored default without the cast PostgreSQL adds to literals; other expressions as they are. */
    static String defaultText(String stored) {
        if (stored == null) {
            return null;
        }
        Matcher number = CAST_NUMBER.matcher(stored);
        if (number.matches()) {
            return number.group(1);
        }
        Matcher literal = CAST_LITERAL.matcher(stored);
        return literal.matches() ? literal.group(1) : stored;
    }

    /** The expression inside {@code CHECK (...)} as {@code pg_get_constraintdef} prints it. */
    static String checkExpression(String definition) {
        Matcher m = CHECK.matcher(definition.strip());
        return m.matches() ? m.group(1).strip() : definition;
    }

    /** pg_constraint.condeferrable and condeferred: INITIALLY DEFERRED is only allowed on a deferrable constraint. */
    private static Deferrable deferrable(ConstraintRow c) {
        return !c.deferrable() ? Deferrable.NOT_DEFERRABLE
                : c.initiallyDeferred() ? Deferrable.INITIALLY_DEFERRED : Deferrable.DEFERRABLE;
    }

    /** pg_constraint.confmatchtype as SQL spells it; SIMPLE, the default, is null as in the model. */
    private static String match(char code) {
        return switch (code) {
            case 'f' -> "FULL";
            case 'p' -> "PARTIAL";
            default -> null;
        };
    }

    /** pg_constraint.confdeltype and confupdtype (postgresql.org/docs/current/catalog-pg-constraint.html). */
    private static FkAction action(char code) {
        return switch (code) {
            case 'r' -> FkAction.RESTRICT;
            case 'c' -> FkAction.CASCADE;
            case 'n' -> FkAction.SET_NULL;
            case 'd' -> FkAction.SET_DEFAULT;
            default -> FkAction.NO_ACTION;
        };
    }
}
