package dev.retort.autogen;

import dev.retort.sql.SqlQuotes;
import java.util.Locale;

/**
 * Puts SQL fragments (defaults, check expressions, partial-index predicates, index expressions) into one
 * spelling, so text that means the same compares equal: letter case and spacing outside string literals,
 * redundant outer parentheses (databases add them when they store a default) and identifier quotes.
 */
final class SqlText {
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
        String s = sql.strip();
        int i = 0;
        boolean pendingSpace = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            int end;
            String token;
            if (c == '\'') {
                end = SqlQuotes.closing(s, i, '\'');
                token = s.substring(i, end);
            } else if (c == '"' && doubleQuotedIsLiteral) {
                end = SqlQuotes.closing(s, i, '"');
                String inner = s.substring(i + 1, end - 1).replace("\"\"", "\"");
                token = "'" + inner.replace("'", "''") + "'";
            } else if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                end = SqlQuotes.closing(s, i, close);
                token = s.substring(i + 1, end - 1).toLowerCase(Locale.ROOT);
            } else {
                end = i + 1;
                token = String.valueOf(Character.toLowerCase(c));
            }
            if (pendingSpace && out.length() > 0 && isWord(out.charAt(out.length() - 1)) && isWord(token.charAt(0))) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(token);
            i = end;
        }
        return stripOuterParentheses(out.toString());
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '.';
    }

    static String stripOuterParentheses(String text) {
        String s = text;
        while (s.length() >= 2 && s.charAt(0) == '(' && matchingParen(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                i = SqlQuotes.closing(s, i, '\'') - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
