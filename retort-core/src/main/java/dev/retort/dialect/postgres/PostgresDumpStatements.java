package dev.retort.dialect.postgres;

import dev.retort.sql.SqlFlavor;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;

import java.util.List;

/**
 * Rewrites one statement of a {@code pg_dump --schema-only} or Rails/Django {@code structure.sql} file so that it
 * acts on another schema: {@code public.x} names become {@code scratch.x}, a search_path setting becomes the
 * scratch schema's, and {@code CREATE}/{@code COMMENT ON}/{@code ALTER SCHEMA public} are dropped (null).
 */
final class PostgresDumpStatements {
    private static final SqlFlavor FLAVOR = PostgresIdentifiers.FLAVOR;
    private static final String DUMPED = "public";

    private PostgresDumpStatements() {
    }

    static String intoSchema(String statement, String schema) {
        List<Token> tokens = SqlLexer.significant(statement, FLAVOR);
        if (tokens.isEmpty()) {
            return statement;
        }
        if (setsSearchPath(tokens)) {
            return "SET LOCAL search_path TO " + schema + ", public";
        }
        if (isAboutPublicSchema(tokens)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        List<Token> all = SqlLexer.tokens(statement, FLAVOR);
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            boolean qualifier = t.isName() && t.identifier().equals(DUMPED) && (t.kind() == Kind.QUOTED || t.is(DUMPED))
                    && i + 1 < all.size() && all.get(i + 1).text().equals(".");
            out.append(qualifier ? schema : t.text());
        }
        return out.toString();
    }

    /** {@code SET [SESSION|LOCAL] search_path ...} or {@code SELECT pg_catalog.set_config('search_path', ...)}. */
    private static boolean setsSearchPath(List<Token> t) {
        if (t.get(0).is("SET")) {
            int i = t.size() > 1 && (t.get(1).is("SESSION") || t.get(1).is("LOCAL")) ? 2 : 1;
            return i < t.size() && t.get(i).is("search_path");
        }
        return t.get(0).is("SELECT") && t.stream().anyMatch(x -> x.is("set_config"))
                && t.stream().anyMatch(x -> x.kind() == Kind.STRING && x.text().equalsIgnoreCase("'search_path'"));
    }

    private static boolean isAboutPublicSchema(List<Token> t) {
        int schemaWord = -1;
        for (int i = 0; i < Math.min(t.size(), 4); i++) {
            if (t.get(i).is("SCHEMA")) {
                schemaWord = i;
                break;
            }
        }
        if (schemaWord < 0 || !(t.get(0).is("CREATE") || t.get(0).is("COMMENT") || t.get(0).is("ALTER"))) {
            return false;
        }
        for (int i = schemaWord + 1; i < t.size() && i <= schemaWord + 4; i++) {
            if (t.get(i).isName() && t.get(i).identifier().equals(DUMPED)) {
                return true;
            }
        }
        return false;
    }
}
