package dev.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one SQL lexer every reader in Retort uses: the statement splitter, lint, the expression readers and the
 * SQLite table-definition reader. It cuts text into tokens that keep their position, so a caller can cut the
 * original out exactly as written. What differs between databases is a {@link SqlFlavor}: which quotes name
 * things, whether backslashes escape in strings (MySQL), dollar quoting (PostgreSQL), {@code #} comments and
 * executable comments {@code /*! ... *}{@code /} (MySQL), {@code [brackets]} and blobs (SQLite).
 */
public final class SqlLexer {

    /** What a token is. Whitespace and comments are trivia: kept, so the text can be rebuilt, but skippable. */
    public enum Kind {
        WORD, QUOTED, STRING, NUMBER, PUNCT, DOLLAR_QUOTED, EXECUTABLE_COMMENT, COMMENT, WHITESPACE;

        public boolean isTrivia() {
            return this == COMMENT || this == WHITESPACE;
        }
    }

    /** One token, at {@code [start, end)} of the text it came from. */
    public record Token(Kind kind, String text, int start, int end) {
        /** Case-insensitive keyword test; quoted identifiers never match a keyword. */
        public boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        /** The identifier this token names: unquoted, with doubled quotes undone. */
        public String identifier() {
            if (kind != Kind.QUOTED) {
                return text;
            }
            char open = text.charAt(0);
            char close = open == '[' ? ']' : open;
            String inner = text.substring(1, text.endsWith(String.valueOf(close)) && text.length() > 1
                    ? text.length() - 1 : text.length());
            return open == '[' ? inner : inner.replace("" + close + close, "" + close);
        }

        public String upper() {
            return text.toUpperCase(Locale.ROOT);
        }

        public boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    private final String sql;
    private final SqlFlavor flavor;
    private final int n;

    private SqlLexer(String sql, SqlFlavor flavor) {
        this.sql = sql;
        this.flavor = flavor;
        this.n = sql.length();
    }

    /** Every token of {@code sql}, trivia included, read with {@code flavor}. */
    public static List<Token> tokens(String sql, SqlFlavor flavor) {
        return new SqlLexer(sql, flavor).all();
    }

    /** The tokens that carry meaning: no whitespace, no comments. */
    public static List<Token> significant(String sql, SqlFlavor flavor) {
        List<Token> kept = new ArrayList<>();
        for (Token token : tokens(sql, flavor)) {
            if (!token.kind().isTrivia()) {
                kept.add(token);
            }
        }
        return kept;
    }

    /** The statement on one line: comments gone, each run of whitespace one space, literals as written. */
    public static String oneLine(String sql, SqlFlavor flavor) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (Token token : tokens(sql, flavor)) {
            if (token.kind().isTrivia()) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(token.text());
        }
        return out.toString();
    }

    /** Where the quote opened at {@code open} closes (just past it), or the text's end: for callers cutting literals. */
    public static int closingQuote(String sql, int open, SqlFlavor flavor) {
        return new SqlLexer(sql, flavor).quoted(open, sql.charAt(open) == '[' ? ']' : sql.charAt(open),
                sql.charAt(open) == '\'' && flavor.backslashEscapes());
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int end = next(i);
            tokens.add(new Token(kindAt(i), sql.substring(i, end), i, end));
            i = end;
        }
        return tokens;
    }

    private Kind kindAt(int i) {
        char c = sql.charAt(i);
        if (Character.isWhitespace(c)) {
            return Kind.WHITESPACE;
        }
        if (startsExecutableComment(i)) {
            return Kind.EXECUTABLE_COMMENT;
        }
        if (startsComment(i)) {
            return Kind.COMMENT;
        }
        if (c == '\'' || startsPrefixedString(i)) {
            return Kind.STRING;
        }
        if (c == '"' || c == '`' || c == '[' && flavor.brackets()) {
            return Kind.QUOTED;
        }
        if (c == '$' && dollarTagEnd(i) > 0) {
            return Kind.DOLLAR_QUOTED;
        }
        if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
            return Kind.NUMBER;
        }
        if (startsWord(c)) {
            return Kind.WORD;
        }
        return Kind.PUNCT;
    }

    /** Where the token starting at {@code i} ends. */
    private int next(int i) {
        char c = sql.charAt(i);
        switch (kindAt(i)) {
            case WHITESPACE -> {
                int end = i;
                while (end < n && Character.isWhitespace(sql.charAt(end))) {
                    end++;
                }
                return end;
            }
            case EXECUTABLE_COMMENT -> {
                return blockCommentEnd(i);
            }
            case COMMENT -> {
                if (c == '/') {
                    return blockCommentEnd(i);
                }
                int eol = sql.indexOf('\n', i);
                return eol < 0 ? n : eol;
            }
            case STRING -> {
                int quote = sql.indexOf('\'', i);
                boolean escapes = flavor.backslashEscapes() || quote > i && Character.toUpperCase(c) == 'E';
                return quoted(quote, '\'', escapes);
            }
            case QUOTED -> {
                return quoted(i, c == '[' ? ']' : c, false);
            }
            case DOLLAR_QUOTED -> {
                int tagEnd = dollarTagEnd(i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                return close < 0 ? n : close + tag.length();
            }
            case NUMBER -> {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.'
                        || (sql.charAt(end) == '+' || sql.charAt(end) == '-')
                        && (sql.charAt(end - 1) == 'e' || sql.charAt(end - 1) == 'E'))) {
                    end++;
                }
                return end;
            }
            case WORD -> {
                int end = i + 1;
                while (end < n && isWordPart(sql.charAt(end))) {
                    end++;
                }
                return end;
            }
            default -> {
                if (i + 1 < n && "<>=!|:".indexOf(c) >= 0 && "<>=|:".indexOf(sql.charAt(i + 1)) >= 0) {
                    return i + 2;
                }
                return i + 1;
            }
        }
    }

    private boolean startsComment(int i) {
        char c = sql.charAt(i);
        return c == '-' && i + 1 < n && sql.charAt(i + 1) == '-'
                || c == '/' && i + 1 < n && sql.charAt(i + 1) == '*'
                || c == '#' && flavor.hashComments();
    }

    private boolean startsExecutableComment(int i) {
        return flavor.executableComments() && sql.startsWith("/*!", i);
    }

    private int blockCommentEnd(int i) {
        int close = sql.indexOf("*/", i + 2);
        return close < 0 ? n : close + 2;
    }

    /** {@code X'..'} blobs (SQLite, MySQL), {@code E'..'} escape strings and {@code N'..'} national strings. */
    private boolean startsPrefixedString(int i) {
        char c = Character.toUpperCase(sql.charAt(i));
        boolean prefix = c == 'X' || c == 'E' && flavor.dollarQuotes() || c == 'N' || c == 'B';
        return prefix && i + 1 < n && sql.charAt(i + 1) == '\'' && (i == 0 || !isWordPart(sql.charAt(i - 1)));
    }

    /** Just past the quote that closes the one at {@code open}; a doubled quote is an escape (not in brackets). */
    private int quoted(int open, char close, boolean backslashEscapes) {
        int i = open + 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == close) {
                if (close != ']' && i + 1 < n && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }

    /** The end of a {@code $tag$} opening a dollar-quoted string (PostgreSQL), or -1. */
    private int dollarTagEnd(int start) {
        if (!flavor.dollarQuotes() || start > 0 && isWordPart(sql.charAt(start - 1))) {
            return -1;
        }
        int end = start + 1;
        while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        if (end < n && sql.charAt(end) == '$' && (end == start + 1 || !Character.isDigit(sql.charAt(start + 1)))) {
            return end + 1;
        }
        return -1;
    }

    private static boolean startsWord(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }
}
