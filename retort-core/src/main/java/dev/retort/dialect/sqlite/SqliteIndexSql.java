package dev.retort.dialect.sqlite;

import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * An index's terms and WHERE clause, cut from its CREATE INDEX text (sqlite.org/lang_createindex.html).
 * A term that is a lone column name comes back as that name; anything else (an expression, a column
 * with COLLATE or DESC) comes back as written, which is how {@link dev.retort.schema.Index} holds it.
 */
record SqliteIndexSql(List<String> terms, String where) {

    static SqliteIndexSql parse(String sql) {
        List<String> terms = new ArrayList<>();
        if (sql == null) {
            return new SqliteIndexSql(terms, null);
        }
        List<Token> t = SqliteIdentifiers.tokens(sql);
        int on = 0;
        while (on < t.size() && !t.get(on).is("ON")) {
            on++;
        }
        int open = SqliteTableSql.indexOf(t, on, "(");
        if (open < 0) {
            return new SqliteIndexSql(terms, null);
        }
        int close = SqliteTableSql.matching(t, open);
        int start = open + 1;
        int depth = 0;
        for (int i = open + 1; i <= close; i++) {
            String text = t.get(i).text();
            if (i < close && text.equals("(")) {
                depth++;
            } else if (i < close && text.equals(")")) {
                depth--;
            } else if (i == close || (depth == 0 && text.equals(","))) {
                terms.add(term(sql, t.subList(start, i)));
                start = i + 1;
            }
        }
        String where = null;
        if (close + 1 < t.size() && t.get(close + 1).is("WHERE") && close + 2 < t.size()) {
            where = sql.substring(t.get(close + 2).start()).strip();
        }
        return new SqliteIndexSql(terms, where);
    }

    private static String term(String sql, List<Token> tokens) {
        List<Token> significant = tokens;
        if (tokens.size() == 2 && tokens.get(1).is("ASC")) {
            significant = tokens.subList(0, 1);
        }
        if (significant.size() == 1) {
            Token only = significant.get(0);
            if (only.kind() == Kind.WORD || only.kind() == Kind.QUOTED) {
                String name = only.identifier();
                return SqliteIdentifiers.isPlainName(name) ? name : SqliteIdentifiers.quote(name);
            }
        }
        return sql.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }
}
