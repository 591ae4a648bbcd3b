package dev.retort.dialect.postgres;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.sql.SqlFlavor;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlLexer.Token;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms of a change to an existing table that keep its lock short (postgresql.org/docs/current/sql-altertable.html):
 * a foreign key or check is added {@code NOT VALID}, which checks no existing row, then {@code VALIDATE CONSTRAINT}
 * checks them under SHARE UPDATE EXCLUSIVE, which lets writes through; {@code SET NOT NULL} first gets a validated
 * {@code CHECK (column IS NOT NULL)}, which since PostgreSQL 12 lets it skip its scan under ACCESS EXCLUSIVE.
 * Each step releases its lock only when it commits, so the gain is in a revision that runs without a transaction;
 * in one transaction they end as the plain form does, with the same result.
 */
final class PostgresLockForms {
    /** PostgreSQL truncates longer names (NAMEDATALEN - 1 bytes); a name that would be cut is not guessed. */
    private static final int MAX_NAME_BYTES = 63;
    private static final Set<String> EXPRESSION_WORDS = Set.of("AND", "OR", "NOT", "NULL", "IS", "IN", "BETWEEN", "LIKE",
            "ILIKE", "SIMILAR", "TO", "ESCAPE", "TRUE", "FALSE", "UNKNOWN", "CASE", "WHEN", "THEN", "ELSE", "END", "CAST",
            "AS", "ANY", "ALL", "SOME", "DISTINCT", "FROM", "COLLATE", "ARRAY", "SYMMETRIC", "CURRENT_DATE",
            "CURRENT_TIMESTAMP", "CURRENT_TIME", "LOCALTIME", "LOCALTIMESTAMP", "INTERVAL");

    private PostgresLockForms() {
    }

    /** {@code ADD CONSTRAINT name ... NOT VALID}, then {@code VALIDATE CONSTRAINT name}; {@code clause} has the name. */
    static List<String> addThenValidate(String table, String name, String clause) {
        return List.of(PostgresDdlRenderer.addConstraint(table, clause) + " NOT VALID",
                "ALTER TABLE " + PostgresDdlRenderer.quote(table) + " VALIDATE CONSTRAINT " + PostgresDdlRenderer.quote(name));
    }

    /** The four statements that make a column NOT NULL without scanning the table under an exclusive lock. */
    static List<String> setNotNullThroughCheck(String table, String column) {
        String name = notNullCheckName(table, column);
        String alter = "ALTER TABLE " + PostgresDdlRenderer.quote(table) + " ";
        return List.of(
                alter + "ADD CONSTRAINT " + PostgresDdlRenderer.quote(name) + " CHECK (" + PostgresDdlRenderer.quote(column)
                        + " IS NOT NULL) NOT VALID",
                alter + "VALIDATE CONSTRAINT " + PostgresDdlRenderer.quote(name),
                alter + "ALTER COLUMN " + PostgresDdlRenderer.quote(column) + " SET NOT NULL",
                alter + "DROP CONSTRAINT " + PostgresDdlRenderer.quote(name));
    }

    /** The temporary check's name: {@code <table>_<column>_not_null}, the table part shortened to fit. */
    static String notNullCheckName(String table, String column) {
        String suffix = "_" + column + "_not_null";
        String head = table;
        while (!head.isEmpty() && bytes(head + suffix) > MAX_NAME_BYTES) {
            head = head.substring(0, head.length() - 1);
        }
        return head + suffix;
    }

    /**
     * The name PostgreSQL would give an unnamed foreign key ({@code <table>_<columns>_fkey}), so the constraint is
     * the same as the plain form makes; null when PostgreSQL would have to shorten it.
     */
    static String foreignKeyName(String table, ForeignKey fk) {
        return fk.name() != null ? fk.name() : fitting(table + "_" + String.join("_", fk.columns()) + "_fkey");
    }

    /**
     * The name PostgreSQL would give an unnamed check: {@code <table>_<column>_check} when the expression uses one
     * column, else {@code <table>_check}; null when it would have to shorten it.
     */
    static String checkName(String table, CheckConstraint check) {
        if (check.name() != null) {
            return check.name();
        }
        Set<String> columns = columnsOf(check.expression());
        return fitting(table + (columns.size() == 1 ? "_" + columns.iterator().next() : "") + "_check");
    }

    /** Identifiers in an expression that are not keywords, function names or the type after {@code ::}. */
    private static Set<String> columnsOf(String expression) {
        List<Token> tokens = SqlLexer.significant(expression, SqlFlavor.ANY);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).text().equals("(");
            boolean cast = i > 0 && tokens.get(i - 1).text().endsWith(":");
            if (token.kind() == SqlLexer.Kind.QUOTED && !cast) {
                out.add(token.identifier());
            } else if (token.kind() == SqlLexer.Kind.WORD && !call && !cast
                    && !EXPRESSION_WORDS.contains(token.text().toUpperCase(Locale.ROOT))) {
                out.add(token.text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String fitting(String name) {
        return bytes(name) <= MAX_NAME_BYTES ? name : null;
    }

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
