package dev.retort.script;

import dev.retort.sql.SqlQuotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at top-level semicolons. Knows enough SQL not to split inside string
 * literals, quoted identifiers, comments, PostgreSQL dollar quotes, or a trigger's BEGIN ... END body.
 */
public final class SqlStatements {
    private SqlStatements() {
    }

    /** The statements of {@code sql}, without the semicolons that end them and without comment-only pieces. */
    public static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = sql.length();
        int blockDepth = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = SqlQuotes.closing(sql, i, c);
                current.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                current.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                current.append(sql, i, end);
                i = end;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
                current.append(sql, i, end);
                i = end;
            } else if (Character.isLetter(c) && (i == 0 || !isWordChar(sql.charAt(i - 1)))) {
                int end = i;
                while (end < n && isWordChar(sql.charAt(end))) {
                    end++;
                }
                String word = sql.substring(i, end).toUpperCase(Locale.ROOT);
                if ((word.equals("BEGIN") && isTriggerBody(current)) || word.equals("CASE")) {
                    blockDepth++;
                } else if (word.equals("END") && blockDepth > 0) {
                    blockDepth--;
                }
                current.append(sql, i, end);
                i = end;
            } else if (c == ';' && blockDepth == 0) {
                add(statements, current);
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    /** A BEGIN opens a block only inside CREATE TRIGGER; elsewhere it starts a transaction. */
    private static boolean isTriggerBody(CharSequence statementSoFar) {
        return statementSoFar.toString().toUpperCase(Locale.ROOT).matches("(?s)\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*");
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty() && !onlyComments(statement)) {
            statements.add(statement);
        }
    }

    private static boolean onlyComments(String statement) {
        String withoutComments = statement.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\n]*", "");
        return withoutComments.isBlank();
    }

    private static String dollarTag(String sql, int start) {
        int end = start + 1;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        if (end < sql.length() && sql.charAt(end) == '$' && (start == 0 || !isWordChar(sql.charAt(start - 1)))) {
            return sql.substring(start, end + 1);
        }
        return null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
