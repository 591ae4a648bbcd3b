package dev.retort.dialect.sqlite;

import dev.retort.sql.SqlQuotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQLite SQL into tokens, skipping whitespace and comments, and keeps each token's position so
 * callers can cut the original text (a CHECK expression, a column definition) out exactly as written.
 * Enough of SQLite's lexer (sqlite.org/lang_keywords.html, tokenize.c's rules) to find clause
 * boundaries: quoted identifiers in "", ``, [], strings with '' escapes, blobs, numbers, comments.
 */
final class SqlTokenizer {

    enum Kind { WORD, QUOTED, STRING, NUMBER, PUNCT }

    record Token(Kind kind, String text, int start, int end) {
        /** Case-insensitive keyword test; quoted identifiers never match a keyword. */
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        /** The identifier this token names: unquoted, with doubled quotes undone. */
        String identifier() {
            if (kind != Kind.QUOTED) {
                return text;
            }
            char open = text.charAt(0);
            char close = open == '[' ? ']' : open;
            String inner = text.substring(1, text.length() - 1);
            return open == '[' ? inner : inner.replace("" + close + close, "" + close);
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqlTokenizer() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'') {
                int end = SqlQuotes.closing(sql, i, '\'');
                tokens.add(new Token(Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = SqlQuotes.closing(sql, i, c);
                tokens.add(new Token(Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i);
                int end = close < 0 ? n : close + 1;
                tokens.add(new Token(Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if ((c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int end = SqlQuotes.closing(sql, i + 1, '\'');
                tokens.add(new Token(Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.'
                        || ((sql.charAt(end) == '+' || sql.charAt(end) == '-')
                        && (sql.charAt(end - 1) == 'e' || sql.charAt(end - 1) == 'E')))) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c > 127) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$' || sql.charAt(end) > 127)) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                int end = i + 1;
                if (i + 1 < n && "<>=!|".indexOf(c) >= 0 && "<>=|".indexOf(sql.charAt(i + 1)) >= 0) {
                    end = i + 2;
                }
                tokens.add(new Token(Kind.PUNCT, sql.substring(i, end), i, end));
                i = end;
            }
        }
        return tokens;
    }

}
