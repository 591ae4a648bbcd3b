package dev.retort.dialect.postgres;

import dev.retort.sql.SqlFlavor;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;

import java.util.List;

/**
 * Rewrites one statement of a {@code pg_dump --schema-only} or Rails/Django {@code structure.sql} file so that it
 * acts on another schema: {@code public.x} names lose their qualifier, a search_path setting becomes the scratch
 * schema's (then public), and {@code CREATE}/{@code COMMENT ON}/{@code ALTER SCHEMA public}, ownership changes and
 * psql meta-commands are dropped (null).
 */
final class PostgresDumpStatements {
    private static final SqlFlavor FLAVOR = PostgresIdentifiers.FLAVOR;
    private static final String DUMPED = "public";
    private static final java.util.regex.Pattern META_COMMAND = java.util.regex.Pattern.compile("(?m)^\\\\[a-z].*$");

    private PostgresDumpStatements() {
    }

    static String intoSchema(String written, String schema) {
        // psql's meta-commands (recent pg_dump releases open and close the file with one) are not SQL.
        String statement = META_COMMAND.matcher(written).replaceAll("");
        List<Token> tokens = SqlLexer.significant(statement, FLAVOR);
        if (tokens.isEmpty()) {
            return statement.isBlank() ? null : statement;
        }
        if (setsSearchPath(tokens)) {
            return "SET LOCAL search_path TO " + schema + ", public";
        }
        if (isAboutPublicSchema(tokens) || changesOwner(tokens)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        List<Token> all = SqlLexer.tokens(statement, FLAVOR);
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            boolean qualifier = t.isName() && t.identifier().equals(DUMPED) && (t.kind() == Kind.QUOTED || t.is(DUMPED))
                    && i + 1 < all.size() && all.get(i + 1).text().equals(".");
            if (qualifier) {
                // Left unqualified: the scratch schema comes first in the search path, so what the file creates lands
                // there, while what extensions put in public (gin_trgm_ops, gen_random_uuid) is still found.
                i++;
            } else if (t.kind() == Kind.STRING && t.text().startsWith("'" + DUMPED + ".")) {
                // nextval('public.orders_id_seq'::regclass): the sequence is the scratch schema's too.
                out.append("'").append(t.text().substring(DUMPED.length() + 2));
            } else {
                out.append(t.text());
            }
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

    /** {@code ALTER ... OWNER TO role}: the role is the dumped database's, and may not exist here. */
    private static boolean changesOwner(List<Token> t) {
        if (!t.get(0).is("ALTER")) {
            return false;
        }
        for (int i = 1; i + 1 < t.size(); i++) {
            if (t.get(i).is("OWNER") && t.get(i + 1).is("TO")) {
                return true;
            }
        }
        return false;
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
