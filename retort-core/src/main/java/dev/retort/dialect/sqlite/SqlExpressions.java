package dev.retort.dialect.sqlite;

import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Column names inside the SQL expressions a table carries (CHECKs, index terms, partial-index WHEREs):
 * which columns an expression uses, how it reads after a column is renamed, and a spelling to compare
 * two expressions by.
 */
final class SqlExpressions {
    private SqlExpressions() {
    }

    /** The names among {@code candidates} (lower case) that {@code sql} uses as columns; a name followed by "(" is a function. */
    static Set<String> columnsIn(String sql, Set<String> candidates) {
        Set<String> used = new HashSet<>();
        List<Token> tokens = SqliteIdentifiers.tokens(sql);
        for (int i = 0; i < tokens.size(); i++) {
            if (isColumnReference(tokens, i) && candidates.contains(key(tokens.get(i).identifier()))) {
                used.add(key(tokens.get(i).identifier()));
            }
        }
        return used;
    }

    /** Every identifier in {@code sql} that is one of {@code names} (lower case), as written, function names included. */
    static Set<String> identifiersIn(String sql, Set<String> names) {
        Set<String> used = new HashSet<>();
        for (Token t : SqliteIdentifiers.tokens(sql)) {
            if (isName(t) && names.contains(key(t.identifier()))) {
                used.add(t.identifier());
            }
        }
        return used;
    }

    /** Rewrites references to column {@code from}, as SQLite's RENAME COLUMN does. */
    static String renameIn(String sql, String from, String to) {
        List<Token> tokens = SqliteIdentifiers.tokens(sql);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isColumnReference(tokens, i) && t.identifier().equalsIgnoreCase(from)) {
                out.append(sql, last, t.start()).append(SqliteIdentifiers.quote(to));
                last = t.end();
            }
        }
        return out.append(sql.substring(last)).toString();
    }

    /** One spelling per expression, whatever its case, spacing and quoting of names. */
    static String normalize(String expression) {
        StringBuilder out = new StringBuilder();
        for (Token t : SqliteIdentifiers.tokens(expression)) {
            out.append(t.kind() == Kind.STRING ? t.text() : key(t.identifier())).append(' ');
        }
        return out.toString();
    }

    private static boolean isColumnReference(List<Token> tokens, int i) {
        boolean call = i + 1 < tokens.size() && tokens.get(i + 1).text().equals("(");
        return isName(tokens.get(i)) && !call;
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.WORD || t.kind() == Kind.QUOTED;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
