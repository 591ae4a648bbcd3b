package dev.retort.dialect.sqlite;

import dev.retort.sql.SqlLexer.Token;
import dev.retort.dialect.ConstraintClauses;
import dev.retort.dialect.InsertStatements;
import dev.retort.dialect.SqlLiterals;
import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Deferrable;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders SQLite DDL and DML text from the neutral model. Pure: no connection, no decisions. */
public final class SqliteDdlRenderer {
    private static final Pattern LITERAL_DEFAULT = Pattern.compile(
            "[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?|[-+]?\\.\\d+([eE][-+]?\\d+)?|0[xX][0-9a-fA-F]+"
                    + "|'([^']|'')*'|[xX]'[0-9a-fA-F]*'"
                    + "|(?i:NULL|TRUE|FALSE|CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP)");
    private static final ConstraintClauses CLAUSES = new ConstraintClauses(SqliteIdentifiers::quote);

    private static final SqlLiterals LITERALS = new SqlLiterals("1", "0", d -> "NULL", SqlLiterals::hexBlob,
            SqliteIdentifiers::literal);

    private SqliteDdlRenderer() {
    }

    public static String quote(String identifier) {
        return SqliteIdentifiers.quote(identifier);
    }

    /** {@code CREATE TABLE}, one column or constraint per line. */
    public static String createTable(Table table) {
        return createTable(table, SqliteTableExtras.NONE);
    }

    /** {@code CREATE TABLE} with what SQLite declares beyond the model (options, collations, DEFERRABLE). */
    static String createTable(Table table, SqliteTableExtras extras) {
        String module = SqliteTableOptions.virtualModule(table);
        if (module != null) {
            return "CREATE VIRTUAL TABLE " + quote(table.name()) + " USING " + module;
        }
        List<String> lines = new ArrayList<>();
        String inlinePk = inlineAutoIncrementColumn(table);
        if (inlinePk != null) {
            refuseDeferrable(table.primaryKey().deferrable(), "primary key " + table.primaryKey().columns());
        }
        for (Column column : table.columns()) {
            lines.add(columnDefinition(column, column.name().equals(inlinePk), extras));
        }
        if (table.primaryKey() != null && inlinePk == null) {
            lines.add(primaryKey(table.primaryKey()) + extras.conflictClause("PRIMARY KEY", table.primaryKey().columns()));
        }
        for (UniqueConstraint unique : table.uniques()) {
            lines.add(unique(unique) + extras.conflictClause("UNIQUE", unique.columns()));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            lines.add(foreignKey(fk));
        }
        for (CheckConstraint check : table.checks()) {
            lines.add(check(check));
        }
        return "CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)"
                + SqliteTableOptions.tail(table);
    }

    /**
     * The column that is written {@code INTEGER PRIMARY KEY AUTOINCREMENT} inline, or null. SQLite accepts
     * AUTOINCREMENT only there (sqlite.org/autoinc.html), on a one-column integer primary key.
     */
    static String inlineAutoIncrementColumn(Table table) {
        PrimaryKey pk = table.primaryKey();
        if (pk == null || pk.columns().size() != 1) {
            return null;
        }
        return table.column(pk.columns().get(0))
                .filter(c -> c.isAutoIncrement() && c.type().isInteger())
                .map(Column::name).orElse(null);
    }

    public static String columnDefinition(Column column, boolean autoIncrementPrimaryKey) {
        return columnDefinition(column, autoIncrementPrimaryKey, SqliteTableExtras.NONE);
    }

    private static String columnDefinition(Column column, boolean autoIncrementPrimaryKey, SqliteTableExtras extras) {
        StringBuilder sql = new StringBuilder(quote(column.name()));
        List<String> self = List.of(column.name());
        if (autoIncrementPrimaryKey) {
            // Only the exact type name INTEGER makes the column an alias of the rowid (sqlite.org/lang_createtable.html#rowid).
            sql.append(" INTEGER");
        } else if (!SqliteTypes.render(column.type()).isEmpty()) {
            sql.append(' ').append(SqliteTypes.render(column.type()));
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(quote(column.collation()));
        }
        if (!column.isNullable()) {
            sql.append(" NOT NULL").append(extras.conflictClause("NOT NULL", self));
        }
        if (autoIncrementPrimaryKey) {
            sql.append(" PRIMARY KEY").append(extras.conflictClause("PRIMARY KEY", self)).append(" AUTOINCREMENT");
        }
        if (column.serverDefault() != null) {
            sql.append(" DEFAULT ").append(defaultExpression(column.serverDefault()));
        }
        if (column.isPrimaryKey() && !autoIncrementPrimaryKey) {
            sql.append(" PRIMARY KEY").append(extras.conflictClause("PRIMARY KEY", self));
        }
        if (column.isUnique()) {
            sql.append(" UNIQUE").append(extras.conflictClause("UNIQUE", self));
        }
        if (column.references() != null) {
            sql.append(CLAUSES.references(column.references()));
        }
        if (column.generated() != null) {
            // sqlite.org/gencol.html: GENERATED ALWAYS AS (expr) VIRTUAL or STORED.
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression()).append(") ")
                    .append(column.generated().kind());
        }
        return sql.toString();
    }

    /** A DEFAULT as SQLite's grammar wants it: literals as they are, any other expression in parentheses. */
    static String defaultExpression(String expression) {
        String text = expression.strip();
        if (LITERAL_DEFAULT.matcher(text).matches() || enclosedInParentheses(text)) {
            return text;
        }
        return "(" + text + ")";
    }

    private static boolean enclosedInParentheses(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return false;
        }
        List<Token> tokens = SqliteIdentifiers.tokens(text);
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth--;
                if (depth == 0 && i != tokens.size() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    public static String primaryKey(PrimaryKey pk) {
        refuseDeferrable(pk.deferrable(), "primary key " + pk.columns());
        return CLAUSES.primaryKey(pk);
    }

    public static String unique(UniqueConstraint unique) {
        refuseDeferrable(unique.deferrable(), "unique constraint " + unique.columns());
        return CLAUSES.unique(unique);
    }

    /**
     * A DEFERRABLE primary key or unique constraint in a revision is refused with a message: SQLite's grammar has
     * the clause on foreign keys only, and its own "syntax error near DEFERRABLE" does not say what to change.
     */
    private static void refuseDeferrable(Deferrable deferrable, String what) {
        if (deferrable != Deferrable.NOT_DEFERRABLE) {
            throw new RetortException(what + " is " + deferrable.sql() + ", which SQLite has on foreign keys only;"
                    + " remove .deferrable(...) from the revision for this database");
        }
    }

    public static String foreignKey(ForeignKey fk) {
        return CLAUSES.foreignKey(fk);
    }

    public static String check(CheckConstraint check) {
        return CLAUSES.check(check);
    }

    public static String dropTable(String table) {
        return "DROP TABLE " + quote(table);
    }

    public static String renameTable(String from, String to) {
        return "ALTER TABLE " + quote(from) + " RENAME TO " + quote(to);
    }

    public static String addColumn(String table, Column column) {
        return "ALTER TABLE " + quote(table) + " ADD COLUMN " + columnDefinition(column, false);
    }

    public static String dropColumn(String table, String column) {
        return "ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column);
    }

    public static String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    public static String createIndex(Index index) {
        String columns = index.columns().stream().map(SqliteDdlRenderer::indexTerm).collect(Collectors.joining(", "));
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + quote(index.table()) + " (" + columns + ")"
                + (index.where() == null ? "" : " WHERE " + index.where().strip());
    }

    /** An index entry: a column name (quoted as needed) or, when it is not a plain name, SQL as written. */
    static String indexTerm(String entry) {
        return SqliteIdentifiers.isPlainName(entry) ? quote(entry) : entry;
    }

    public static String dropIndex(String name) {
        return "DROP INDEX " + quote(name);
    }

    /** Multi-row INSERTs with the values as literals, so the same text serves online and {@code --sql}. */
    public static List<String> insert(String table, List<Map<String, Object>> rows) {
        return InsertStatements.render(table, rows, SqliteDdlRenderer::quote, SqliteDdlRenderer::value);
    }

    /** A Java value as a SQLite literal, the way the xerial driver would bind it (booleans as 1 and 0). */
    static String value(Object value) {
        return LITERALS.of(value);
    }

    static String names(List<String> names) {
        return CLAUSES.names(names);
    }

}
