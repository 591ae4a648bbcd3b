package dev.retort.script;

import dev.retort.sql.SqlFlavor;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at top-level semicolons, reading it with the one {@link SqlLexer}: never inside
 * a string, a quoted name, a comment or a dollar-quoted body, nor inside a trigger's or routine's
 * {@code BEGIN ... END} block, whose own {@code IF ... END IF} and {@code CASE ... END} nest within it.
 * A statement that is only comments is no statement; an executable comment ({@code /*!40101 ... *}{@code /}) is one.
 */
public final class SqlStatements {
    private SqlStatements() {
    }

    /**
     * One statement and where it is.
     *
     * @param text      the statement as written, comments before it included, without its semicolon
     * @param keyword   its first word, upper case ("CREATE"), or "" when it starts otherwise
     * @param offset    where its first token starts in the text that was split
     */
    public record Statement(String text, String keyword, int offset) {
    }

    /** With every quoting form any supported database uses ({@link SqlFlavor#ANY}). */
    public static List<String> split(String sql) {
        return split(sql, SqlFlavor.ANY);
    }

    /** The statements' texts, read with {@code flavor}. */
    public static List<String> split(String sql, SqlFlavor flavor) {
        return statements(sql, flavor).stream().map(Statement::text).toList();
    }

    /** The statements with their first word and where each starts, read with {@code flavor}. */
    public static List<Statement> statements(String sql, SqlFlavor flavor) {
        List<Statement> statements = new ArrayList<>();
        List<Token> tokens = SqlLexer.tokens(sql, flavor);
        int start = 0;
        int depth = 0;
        List<Token> significant = new ArrayList<>();
        for (Token token : tokens) {
            if (token.kind() == Kind.PUNCT && token.text().equals(";") && depth == 0) {
                add(statements, sql.substring(start, token.start()), significant);
                start = token.end();
                significant.clear();
                continue;
            }
            if (token.kind().isTrivia()) {
                continue;
            }
            depth += blockChange(significant, token, depth);
            significant.add(token);
        }
        add(statements, sql.substring(start), significant);
        return statements;
    }

    /**
     * How a token changes the block depth: {@code BEGIN} opens a block in a trigger or routine body (elsewhere it
     * starts a transaction), {@code CASE} and {@code IF}/{@code LOOP}/{@code WHILE}/{@code REPEAT} inside a block
     * open one, {@code END} closes one. {@code END IF}, {@code END LOOP} and the like close the one their keyword
     * opened, so the word after END is not counted again.
     */
    private static int blockChange(List<Token> before, Token token, int depth) {
        Token previous = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean afterEnd = previous != null && previous.is("END");
        if (token.is("BEGIN") && (depth > 0 || isBodyStatement(before))) {
            return 1;
        }
        if (token.is("CASE") && !afterEnd) {
            return 1;
        }
        if (depth > 0 && !afterEnd && startsStatement(previous) && (token.is("IF") || token.is("LOOP")
                || token.is("WHILE") || token.is("REPEAT"))) {
            return 1;
        }
        if (token.is("END") && depth > 0) {
            return -1;
        }
        return 0;
    }

    /**
     * Whether a statement of a block starts after {@code previous}: only there are IF, LOOP, WHILE and REPEAT
     * control flow; elsewhere they are functions ({@code IF(a, b, c)}, {@code REPEAT('x', 3)}) or part of
     * {@code IF EXISTS}.
     */
    private static boolean startsStatement(Token previous) {
        if (previous == null) {
            return false;
        }
        String text = previous.kind() == Kind.PUNCT ? previous.text() : previous.upper();
        return text.equals(";") || text.equals(":") || text.equals("BEGIN") || text.equals("THEN")
                || text.equals("ELSE") || text.equals("DO") || text.equals("LOOP") || text.equals("REPEAT");
    }

    /** A statement that has a body: CREATE [OR REPLACE] [DEFINER=...] TRIGGER, PROCEDURE, FUNCTION or EVENT. */
    private static boolean isBodyStatement(List<Token> before) {
        if (before.isEmpty() || !before.get(0).is("CREATE")) {
            return false;
        }
        for (Token token : before) {
            if (token.is("TRIGGER") || token.is("PROCEDURE") || token.is("FUNCTION") || token.is("EVENT")) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Statement> statements, String text, List<Token> significant) {
        if (!significant.isEmpty()) {
            Token first = significant.get(0);
            statements.add(new Statement(text.strip(), first.kind() == Kind.WORD ? first.upper() : "", first.start()));
        }
    }
}
