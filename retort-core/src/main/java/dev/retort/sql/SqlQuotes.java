package dev.retort.sql;

/**
 * Where a quoted SQL token ends. One place for the rule every SQL reader in Retort needs (statement
 * splitting, the SQLite table-definition tokenizer, default normalization in autogenerate).
 */
public final class SqlQuotes {
    private SqlQuotes() {
    }

    /**
     * The index just past the quote that closes the one at {@code open}, or the text's length when it never
     * closes. A doubled quote inside is an escape ({@code 'it''s'}), except for {@code [bracketed]} names,
     * which SQLite accepts and which have no escape.
     */
    public static int closing(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (quote != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
