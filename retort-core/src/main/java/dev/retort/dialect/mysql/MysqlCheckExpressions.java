package dev.retort.dialect.mysql;

import dev.retort.schema.CheckConstraint;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlLexer.Token;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Finds the check a revision means among those a table has. The server stores a check rewritten: MariaDB keeps
 * {@code length(name) > 0} as {@code octet_length(`name`) > 0}, so the text a revision wrote is not the text to
 * look for. The server itself says what it would store: a temporary table with the table's columns and the
 * revision's check is created and read back. A temporary table commits nothing and is not seen by other
 * sessions (MySQL reference, "Statements That Cause an Implicit Commit": CREATE and DROP TEMPORARY TABLE do not).
 */
final class MysqlCheckExpressions {
    private static final String PROBE = "retort_check_probe";
    private static final String PROBE_CHECK = "retort_probe_check";

    private MysqlCheckExpressions() {
    }

    /** The check of {@code checks} whose expression is {@code expression} as written or as the server stores it. */
    static Optional<CheckConstraint> find(Connection connection, String table, List<CheckConstraint> checks,
                                          String expression, List<String> taken) {
        Optional<CheckConstraint> written = match(checks, expression, taken);
        if (written.isPresent() || connection == null) {
            return written;
        }
        return stored(connection, table, expression).flatMap(server -> match(checks, server, taken));
    }

    private static Optional<CheckConstraint> match(List<CheckConstraint> checks, String expression, List<String> taken) {
        String wanted = MysqlExpressions.comparable(expression);
        return checks.stream().filter(c -> c.name() == null || !taken.contains(c.name().toLowerCase(java.util.Locale.ROOT)))
                .filter(c -> MysqlExpressions.comparable(c.expression()).equals(wanted)).findFirst();
    }

    /** {@code expression} as the server stores it in a check on {@code table}, or empty when it cannot tell. */
    static Optional<String> stored(Connection connection, String table, String expression) {
        String create = "CREATE TEMPORARY TABLE " + PROBE + " (CONSTRAINT " + PROBE_CHECK + " CHECK (" + expression
                + ")) SELECT * FROM " + MysqlIdentifiers.quote(table) + " LIMIT 0";
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TEMPORARY TABLE IF EXISTS " + PROBE);
            st.execute(create);
            try (ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + PROBE)) {
                return rs.next() ? checkClause(rs.getString(2)) : Optional.empty();
            } finally {
                st.execute("DROP TEMPORARY TABLE IF EXISTS " + PROBE);
            }
        } catch (SQLException e) {
            // An expression the server refuses matches no check of its; the caller says none was found.
            return Optional.empty();
        }
    }

    /** The expression of the probe's check in SHOW CREATE TABLE: the parenthesised text after CHECK. */
    static Optional<String> checkClause(String createTable) {
        String marker = "CONSTRAINT `" + PROBE_CHECK + "` CHECK ";
        int at = createTable.indexOf(marker);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = createTable.substring(at + marker.length());
        int depth = 0;
        for (Token t : SqlLexer.tokens(rest, MysqlIdentifiers.FLAVOR)) {
            if (t.text().equals("(")) {
                depth++;
            } else if (t.text().equals(")") && --depth == 0) {
                return Optional.of(rest.substring(0, t.end()));
            }
        }
        return Optional.empty();
    }
}
