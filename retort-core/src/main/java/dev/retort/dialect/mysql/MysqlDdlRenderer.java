package dev.retort.dialect.mysql;

import dev.retort.dialect.InsertStatements;
import dev.retort.dialect.SqlLiterals;
import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Deferrable;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.retort.dialect.mysql.MysqlIdentifiers.names;
import static dev.retort.dialect.mysql.MysqlIdentifiers.quote;

/**
 * Renders MySQL/MariaDB DDL and DML text from the neutral model. Pure: no connection; what depends on
 * the live schema (the current column for MODIFY, the kind of a named constraint) is looked up by
 * {@link MysqlOperationSql} and handed in.
 */
public final class MysqlDdlRenderer {
    /**
     * MySQL keeps a UNIQUE constraint as a unique index, so nothing in information_schema tells the two
     * apart. A unique index Retort creates carries this comment; the inspector reads it back as an
     * {@link Index}, every other unique index as a {@link UniqueConstraint}.
     */
    public static final String UNIQUE_INDEX_COMMENT = "retort:unique-index";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    /** A prefix key part, {@code body(20)}: the first 20 characters of the column are indexed. */
    private static final Pattern PREFIX_PART = Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*)\\((\\d+)\\)");

    private static final SqlLiterals LITERALS = new SqlLiterals("TRUE", "FALSE", d -> "NULL", SqlLiterals::hexBlob,
            MysqlIdentifiers::literal);

    private MysqlDdlRenderer() {
    }

    /** {@code CREATE TABLE}, one column or constraint per line; indexes are separate statements. */
    public static String createTable(Table table) {
        List<String> lines = new ArrayList<>();
        for (Column column : table.columns()) {
            lines.add(columnDefinition(column, MysqlColumnExtras.NONE));
        }
        if (table.primaryKey() != null) {
            lines.add(primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(u -> lines.add(unique(u)));
        table.foreignKeys().forEach(fk -> lines.add(foreignKey(fk)));
        table.checks().forEach(c -> lines.add(check(c)));
        return "CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)"
                + tableOptions(table.options().get(MysqlOptions.ENGINE), table.options().get(MysqlOptions.COLLATION),
                        table.comment());
    }

    /**
     * Table options as CREATE and ALTER TABLE take them (dev.mysql.com/doc/refman/8.0/en/create-table.html): the
     * engine, the default collation (which names its character set), the comment; each only when given.
     */
    /** A collation's character set: the part of its name before the first underscore (utf8mb4_unicode_ci). */
    static String charsetOf(String collation) {
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    static String tableOptions(String engine, String collation, String comment) {
        return (engine == null ? "" : " ENGINE=" + engine)
                + (collation == null ? "" : " DEFAULT CHARSET=" + charsetOf(collation)
                        + " COLLATE=" + collation)
                + (comment == null ? "" : " COMMENT=" + MysqlIdentifiers.literal(comment));
    }

    /**
     * A column as CREATE, ADD and MODIFY write it. Inline key flags are not written here: MySQL ignores an
     * inline REFERENCES, so callers add keys as table-level clauses.
     *
     * @param kept what the database holds for the column beyond the model (collation, comment, ON UPDATE),
     *             restated so that MODIFY does not drop it
     */
    static String columnDefinition(Column column, MysqlColumnExtras kept) {
        MysqlColumnExtras extras = MysqlColumnExtras.of(column).or(kept);
        String width = column.options().get(MysqlOptions.DISPLAY_WIDTH);
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(MysqlTypes.render(column.type()))
                .append(width != null && column.type().isInteger() ? "(" + width + ")" : "")
                .append(extras.afterType(column.type()));
        if (column.generated() != null) {
            // STORED is what MySQL calls it and MariaDB accepts as a synonym of PERSISTENT (generated-columns).
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression().strip()).append(") ")
                    .append(column.generated().stored() ? "STORED" : "VIRTUAL");
            return sql.append(extras.tail(column.type())).toString();
        }
        if (!column.isNullable()) {
            sql.append(" NOT NULL");
        }
        if (column.serverDefault() != null) {
            sql.append(" DEFAULT ").append(MysqlDefaults.render(column));
        }
        if (column.isAutoIncrement()) {
            sql.append(" AUTO_INCREMENT");
        }
        return sql.append(extras.tail(column.type())).toString();
    }

    /** MySQL names every primary key PRIMARY; a name in the model is not written. */
    public static String primaryKey(PrimaryKey pk) {
        refuse(pk.deferrable(), "primary key " + pk.columns());
        return "PRIMARY KEY (" + names(pk.columns()) + ")";
    }

    public static String unique(UniqueConstraint unique) {
        refuse(unique.deferrable(), "unique constraint " + unique.columns());
        return constraintName(unique.name()) + "UNIQUE ("
                + unique.columns().stream().map(MysqlDdlRenderer::keyPart).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * NO ACTION is not written: InnoDB treats it as RESTRICT, and MariaDB reports an action left out as RESTRICT.
     * MATCH is written as asked, in the grammar's place; the server parses it and ignores it, as it would in the
     * user's own SQL (models name it as not handled, see {@link MysqlModels}).
     */
    public static String foreignKey(ForeignKey fk) {
        refuse(fk.deferrable(), "foreign key " + fk.columns() + " -> " + fk.refTable());
        return constraintName(fk.name()) + "FOREIGN KEY (" + names(fk.columns()) + ") REFERENCES "
                + quote(fk.refTable()) + " (" + names(fk.refColumns()) + ")"
                + (fk.match() == null ? "" : " MATCH " + fk.match())
                + action("DELETE", fk.onDelete()) + action("UPDATE", fk.onUpdate());
    }

    /**
     * A DEFERRABLE constraint in a revision is refused rather than created checked per statement: InnoDB has no
     * deferred checking, and a key that quietly behaves otherwise than written is worse than an error.
     */
    private static void refuse(Deferrable deferrable, String what) {
        if (deferrable != Deferrable.NOT_DEFERRABLE) {
            throw new RetortException(what + " is " + deferrable.sql() + ", which MySQL and MariaDB do not have"
                    + " (InnoDB checks keys row by row); remove .deferrable(...) from the revision for this database");
        }
    }

    public static String check(CheckConstraint check) {
        return constraintName(check.name()) + "CHECK (" + check.expression().strip() + ")";
    }

    private static String action(String event, FkAction action) {
        return action == FkAction.NO_ACTION ? "" : " ON " + event + " " + action.sql();
    }

    private static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    public static String dropTable(String table) {
        return "DROP TABLE " + quote(table);
    }

    public static String renameTable(String from, String to) {
        return "RENAME TABLE " + quote(from) + " TO " + quote(to);
    }

    /** ADD COLUMN, with the column's inline keys as further clauses of the same statement. */
    public static String addColumn(String table, Column column) {
        List<String> clauses = new ArrayList<>();
        clauses.add("ADD COLUMN " + columnDefinition(column, MysqlColumnExtras.NONE));
        List<String> self = List.of(column.name());
        if (column.isPrimaryKey()) {
            clauses.add("ADD " + primaryKey(new PrimaryKey(null, self)));
        }
        if (column.isUnique()) {
            clauses.add("ADD " + unique(new UniqueConstraint(null, self)));
        }
        if (column.references() != null) {
            clauses.add("ADD " + foreignKey(column.references()));
        }
        return alterTable(table, clauses);
    }

    public static String dropColumn(String table, String column) {
        return alterTable(table, List.of("DROP COLUMN " + quote(column)));
    }

    /** MODIFY restates the whole column: type, nullability, default, AUTO_INCREMENT and what {@code kept} holds. */
    static String modifyColumn(String table, Column column, MysqlColumnExtras kept) {
        return alterTable(table, List.of("MODIFY COLUMN " + columnDefinition(column, kept)));
    }

    /** A rename together with other changes, or any rename on a server without RENAME COLUMN. */
    static String changeColumn(String table, String from, Column column, MysqlColumnExtras kept) {
        return alterTable(table, List.of("CHANGE COLUMN " + quote(from) + " " + columnDefinition(column, kept)));
    }

    /**
     * A new literal default. Dropping a default goes through MODIFY instead: {@code ALTER COLUMN ... DROP
     * DEFAULT} leaves a nullable column with no default at all, which strict mode then refuses on INSERT.
     */
    public static String setDefault(String table, String column, String literal) {
        return alterTable(table, List.of("ALTER COLUMN " + quote(column) + " SET DEFAULT " + literal));
    }

    public static String renameColumn(String table, String from, String to) {
        return alterTable(table, List.of("RENAME COLUMN " + quote(from) + " TO " + quote(to)));
    }

    /**
     * {@code CREATE [UNIQUE] INDEX}. Refused: partial indexes (neither MySQL nor MariaDB has them) and, on
     * servers without them, indexes on expressions.
     */
    public static String createIndex(Index index, MysqlServer server) {
        if (index.where() != null) {
            throw new RetortException("index " + index.name() + " on " + index.table() + " is partial (WHERE "
                    + index.where().strip() + "): MySQL and MariaDB have no partial indexes; index all rows, or write"
                    + " the revision for this dialect with op.execute(\"mysql\", ...)");
        }
        List<String> terms = new ArrayList<>();
        for (String entry : index.columns()) {
            if (PLAIN_NAME.matcher(entry).matches() || PREFIX_PART.matcher(entry).matches()) {
                terms.add(keyPart(entry));
            } else if (server.supportsExpressionIndexes()) {
                // A functional key part goes in its own parentheses (dev.mysql.com/doc/refman/8.0/en/create-index.html).
                terms.add("(" + entry.strip() + ")");
            } else {
                throw new RetortException("index " + index.name() + " on " + index.table() + " is on the expression "
                        + entry.strip() + ", which " + server + " cannot index (MySQL 8.0.13+ can); index a generated"
                        + " column instead");
            }
        }
        String kind = indexKind(index.method());
        boolean prefixed = kind != null && !kind.equals("HASH");
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + (prefixed ? kind + " " : "") + "INDEX "
                + quote(index.name()) + " ON " + quote(index.table()) + " (" + String.join(", ", terms) + ")"
                + ("HASH".equals(kind) ? " USING HASH" : "")
                + (index.isUnique() ? " COMMENT " + MysqlIdentifiers.literal(UNIQUE_INDEX_COMMENT) : "");
    }

    /**
     * The kind of index as CREATE INDEX names it (dev.mysql.com/doc/refman/8.0/en/create-index.html):
     * FULLTEXT and SPATIAL before INDEX, HASH as {@code USING HASH}; MariaDB lists a spatial index's type as
     * RTREE. Null for a B-tree, the default.
     */
    static String indexKind(String method) {
        if (method == null || method.equalsIgnoreCase("BTREE")) {
            return null;
        }
        String kind = method.toUpperCase(java.util.Locale.ROOT);
        return kind.equals("RTREE") ? "SPATIAL" : kind;
    }

    /** A column, or a column's prefix written {@code body(20)}, as an index or unique key part. */
    static String keyPart(String entry) {
        Matcher prefix = PREFIX_PART.matcher(entry);
        return prefix.matches() ? quote(prefix.group(1)) + "(" + prefix.group(2) + ")" : quote(entry);
    }

    public static String dropIndex(String name, String table) {
        return "DROP INDEX " + quote(name) + " ON " + quote(table);
    }

    public static String addConstraint(String table, String constraintSql) {
        return alterTable(table, List.of("ADD " + constraintSql));
    }

    public static String dropPrimaryKey(String table) {
        return alterTable(table, List.of("DROP PRIMARY KEY"));
    }

    public static String dropForeignKey(String table, String name) {
        return alterTable(table, List.of("DROP FOREIGN KEY " + quote(name)));
    }

    public static String dropCheck(String table, String name, MysqlServer server) {
        return alterTable(table, List.of(server.dropCheckClause() + quote(name)));
    }

    public static String alterTable(String table, List<String> clauses) {
        return "ALTER TABLE " + quote(table) + " " + String.join(", ", clauses);
    }

    /** Multi-row INSERTs with the values as literals, so the same text serves online and {@code --sql}. */
    public static List<String> insert(String table, List<Map<String, Object>> rows) {
        return InsertStatements.render(table, rows, MysqlIdentifiers::quote, MysqlDdlRenderer::value);
    }

    /** A Java value as a MySQL literal. NaN and infinities have no literal and no column can hold them: NULL. */
    static String value(Object value) {
        return LITERALS.of(value);
    }
}
