package dev.retort.dialect.sqlite;

import dev.retort.schema.View;
import dev.retort.sql.SqlLexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a view's {@code CREATE VIEW name [(columns)] AS select} text from sqlite_master into the neutral
 * {@link View}: the query as written and the declared column names (sqlite.org/lang_createview.html).
 */
final class SqliteViewSql {
    private SqliteViewSql() {
    }

    static View parse(String name, String createSql) {
        List<Token> tokens = SqliteIdentifiers.tokens(createSql);
        List<String> columns = new ArrayList<>();
        int depth = 0;
        boolean inColumns = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals("(")) {
                depth++;
                inColumns = depth == 1;
            } else if (t.text().equals(")")) {
                depth--;
                inColumns = false;
            } else if (inColumns && t.isName()) {
                columns.add(t.identifier());
            } else if (depth == 0 && t.is("AS") && i + 1 < tokens.size()) {
                return new View(name, createSql.substring(tokens.get(i + 1).start()).strip(), columns);
            }
        }
        return new View(name, createSql, columns);
    }
}
