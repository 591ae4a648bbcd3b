package dev.retort.dialect.mysql;

import dev.retort.autogen.SqlText;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;

import java.util.List;
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
        List<Token> tokens = SqlLexer.tokens(s, MysqlIdentifiers.FLAVOR);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.STRING) {
                // MariaDB writes a quote inside a literal as \'; the standard spelling '' means the same.
                out.append(standardQuotes(t.text()));
            } else if (t.kind() == Kind.QUOTED && t.text().startsWith("`")) {
                String name = t.identifier();
                boolean bare = PLAIN.matcher(name).matches() && !RESERVED.contains(name.toUpperCase(Locale.ROOT));
                out.append(bare ? name : t.text());
            } else if (!isIntroducer(tokens, i)) {
                out.append(t.text());
            }
        }
        return stripOuterParentheses(out.toString().strip());
    }

    /** A character-set introducer right before a literal ({@code _utf8mb4'a'}): the server's, not the model's. */
    private static boolean isIntroducer(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.kind() == Kind.WORD && INTRODUCER.matcher(t.text()).matches() && i + 1 < tokens.size()
                && tokens.get(i + 1).kind() == Kind.STRING && tokens.get(i + 1).start() == t.end();
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
        StringBuilder out = new StringBuilder();
        for (Token t : SqlLexer.significant(readable(expression, false), MysqlIdentifiers.FLAVOR)) {
            out.append(t.kind() == Kind.STRING ? t.text() : t.text().toLowerCase(Locale.ROOT));
        }
        return stripOuterParentheses(out.toString());
    }

    static String stripOuterParentheses(String text) {
        return SqlText.stripOuterParentheses(text);
    }
}
