package dev.retort.dialect.mysql;

import dev.retort.sql.SqlQuotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQL expressions as the server hands them back (CHECK clauses, expression defaults) turned into the
 * spelling a person writes: MySQL and MariaDB store {@code price >= 0} as {@code `price` >= 0} (MySQL also
 * as {@code (`price` >= 0)}, with {@code _utf8mb4'a'} for a string and, in information_schema, quotes
 * escaped with backslashes).
 */
final class MysqlExpressions {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern INTRODUCER = Pattern.compile("_[A-Za-z0-9]+");
    /** Reserved words likely as column names; such a name keeps its backticks so the expression still parses. */
    private static final Set<String> RESERVED = Set.of("ORDER", "GROUP", "KEY", "KEYS", "INDEX", "SELECT", "FROM",
            "WHERE", "TABLE", "DEFAULT", "CHECK", "RANGE", "RANK", "ROW", "ROWS", "CONDITION", "DESC", "ASC", "INTERVAL",
            "CHANGE", "USAGE", "MATCH", "LIMIT", "LINES", "READ", "WRITE", "OPTION", "REFERENCES", "RELEASE", "REPEAT",
            "REPLACE", "SIGNAL", "SYSTEM", "VALUES", "WINDOW", "GROUPS", "LEAD", "LAG", "LEFT", "RIGHT", "USE", "TO");

    private MysqlExpressions() {
    }

    /** {@code `price` >= 0} as {@code price >= 0}; {@code (_utf8mb4'a')} as {@code 'a'}. */
    static String readable(String stored, boolean backslashEscapedQuotes) {
        if (stored == null) {
            return null;
        }
        String s = backslashEscapedQuotes ? stored.replace("\\'", "'") : stored;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = literalEnd(s, i);
                // MariaDB writes a quote inside a literal as \'; the standard spelling '' means the same.
                out.append(standardQuotes(s.substring(i, end)));
                i = end;
            } else if (c == '`') {
                int end = SqlQuotes.closing(s, i, '`');
                String name = s.substring(i + 1, Math.max(i + 1, end - 1));
                boolean bare = PLAIN.matcher(name).matches() && !RESERVED.contains(name.toUpperCase(Locale.ROOT));
                out.append(bare ? name : s.substring(i, end));
                i = end;
            } else if (c == '_' && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
                var m = INTRODUCER.matcher(s).region(i, s.length());
                if (m.lookingAt() && m.end() < s.length() && s.charAt(m.end()) == '\'') {
                    i = m.end();
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return stripOuterParentheses(out.toString().strip());
    }

    /** Just past the quote closing the literal that opens at {@code open}; {@code \'} and {@code ''} do not close it. */
    private static int literalEnd(String s, int open) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** {@code 'it\'s'} as {@code 'it''s'}; other backslash escapes ({@code \\}) stay as they are. */
    private static String standardQuotes(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                char next = literal.charAt(++i);
                out.append(next == '\'' ? "''" : "\\" + next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One spelling for comparing two expressions: no case or spacing differences outside string literals. */
    static String comparable(String expression) {
        String s = readable(expression, false);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = SqlQuotes.closing(s, i, '\'');
                out.append(s, i, end);
                i = end;
            } else {
                if (!Character.isWhitespace(c)) {
                    out.append(Character.toLowerCase(c));
                }
                i++;
            }
        }
        return stripOuterParentheses(out.toString());
    }

    static String stripOuterParentheses(String text) {
        String s = text;
        while (s.length() >= 2 && s.charAt(0) == '(' && closingParenthesis(s) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** Where the parenthesis opening {@code s} closes, skipping string literals and quoted names; -1 if never. */
    private static int closingParenthesis(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '`' || c == '"') {
                i = SqlQuotes.closing(s, i, c) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
