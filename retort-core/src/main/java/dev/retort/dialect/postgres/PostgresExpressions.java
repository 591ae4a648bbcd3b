package dev.retort.dialect.postgres;

import dev.retort.sql.SqlLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Expressions as PostgreSQL prints them, reduced to what they say. Printing is not stable under re-parsing:
 * {@code plan IN ('free', 'pro')} prints as {@code plan::text = ANY (ARRAY['free'::character varying, ...]::text[])},
 * and that text, stored again, prints with yet other casts and parentheses. So casts and grouping parentheses
 * (not those of a call or of {@code ANY (...)}) are removed before two expressions are compared. Grouping is
 * dropped whole, so two expressions that differ only in how they group would compare equal; PostgreSQL prints
 * the grouping it needs, and such near-twins do not occur between a model and the database it was applied to.
 */
final class PostgresExpressions {
    private static final Pattern CAST = Pattern.compile(
            "(?i)::\\s*(?:\"[^\"]+\"|[a-z_][a-z0-9_]*(?:\\s+(?:varying|precision|without\\s+time\\s+zone|with\\s+time\\s+zone))?)"
                    + "(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?(?:\\[\\])*");

    /** Words after which a parenthesis groups rather than calls: {@code a AND (b OR c)}. */
    private static final java.util.Set<String> OPERATOR_WORDS =
            java.util.Set.of("and", "or", "not", "case", "when", "then", "else", "is", "between");

    private PostgresExpressions() {
    }

    static String withoutCastsAndGrouping(String expression) {
        if (expression == null) {
            return null;
        }
        return withoutGrouping(withoutCasts(expression));
    }

    private static String withoutCasts(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = closingQuote(text, i);
                out.append(text, i, end);
                i = end;
            } else if (c == ':' && text.startsWith("::", i)) {
                var m = CAST.matcher(text);
                if (m.find(i) && m.start() == i) {
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
        return out.toString();
    }

    /** Drops each '(' that does not follow a word (a call, ANY, ARRAY) together with its ')'. */
    private static String withoutGrouping(String text) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> kept = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = closingQuote(text, i);
                out.append(text, i, end);
                i = end;
                continue;
            }
            if (c == '(') {
                boolean call = lastNonSpaceIsWord(out);
                kept.push(call);
                if (call) {
                    out.append(c);
                }
            } else if (c == ')') {
                if (kept.isEmpty() || kept.pop()) {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString().strip();
    }

    /** True when a '(' here opens a call's arguments: the word before it names a function, not an operator. */
    private static boolean lastNonSpaceIsWord(StringBuilder out) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(out.charAt(start - 1)) || out.charAt(start - 1) == '_'
                || out.charAt(start - 1) == '"')) {
            start--;
        }
        return start < end && !OPERATOR_WORDS.contains(out.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static int closingQuote(String text, int open) {
        return SqlLexer.closingQuote(text, open, PostgresIdentifiers.FLAVOR);
    }
}
