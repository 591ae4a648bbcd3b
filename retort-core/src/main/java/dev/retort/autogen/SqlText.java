package dev.retort.autogen;

import dev.retort.sql.SqlFlavor;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;

import java.util.Locale;

/**
 * Puts SQL fragments (defaults, check expressions, partial-index predicates, index expressions) into one
 * spelling, so text that means the same compares equal: letter case and spacing outside string literals,
 * redundant outer parentheses (databases add them when they store a default) and identifier quotes.
 */
public final class SqlText {
    private SqlText() {
    }

    /** A server default: a double-quoted word is a string literal here (SQLite accepts it), so it becomes 'x'. */
    static String normalizeDefault(String sql) {
        String text = normalize(sql, true);
        return text == null || text.equals("null") ? null : text;
    }

    /** A boolean or index expression: double quotes, backticks and brackets are identifier quotes and go. */
    static String normalizeExpression(String sql) {
        return normalize(sql, false);
    }

    private static String normalize(String sql, boolean doubleQuotedIsLiteral) {
        if (sql == null || sql.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        for (Token t : SqlLexer.tokens(sql.strip(), SqlFlavor.ANY)) {
            if (t.kind().isTrivia()) {
                pendingSpace = true;
                continue;
            }
            String token = spelling(t, doubleQuotedIsLiteral);
            if (pendingSpace && out.length() > 0 && isWord(out.charAt(out.length() - 1)) && isWord(token.charAt(0))) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(token);
        }
        return stripOuterParentheses(out.toString());
    }

    /** A literal as written (its prefix, as in X'00', in lower case), a name unquoted, the rest in lower case. */
    private static String spelling(Token t, boolean doubleQuotedIsLiteral) {
        if (t.kind() == Kind.STRING) {
            int quote = t.text().indexOf('\'');
            return t.text().substring(0, quote).toLowerCase(Locale.ROOT) + t.text().substring(quote);
        }
        if (t.kind() == Kind.QUOTED && t.text().startsWith("\"") && doubleQuotedIsLiteral) {
            return "'" + t.identifier().replace("'", "''") + "'";
        }
        if (t.kind() == Kind.QUOTED) {
            return t.identifier().toLowerCase(Locale.ROOT);
        }
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '.';
    }

    /** Without the parentheses that enclose all of it, as often as they do: {@code ((a > 0))} is {@code a > 0}. */
    public static String stripOuterParentheses(String text) {
        String s = text;
        while (s.length() >= 2 && s.charAt(0) == '(' && closingParenthesis(s) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** Where the parenthesis opening {@code s} closes, strings and quoted names skipped; -1 when it never does. */
    private static int closingParenthesis(String s) {
        int depth = 0;
        for (Token t : SqlLexer.tokens(s, SqlFlavor.ANY)) {
            if (t.kind() != Kind.PUNCT) {
                continue;
            }
            if (t.text().equals("(")) {
                depth++;
            } else if (t.text().equals(")")) {
                depth--;
                if (depth == 0) {
                    return t.start();
                }
            }
        }
        return -1;
    }
}
