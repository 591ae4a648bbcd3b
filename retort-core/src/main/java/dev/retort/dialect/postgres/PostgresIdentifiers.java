package dev.retort.dialect.postgres;

import dev.retort.sql.SqlFlavor;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quoting of PostgreSQL identifiers. PostgreSQL folds unquoted names to lower case
 * (postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS), so a name is left bare only
 * when it is already lower case and no keyword; {@code AuditLog} is quoted and keeps its case.
 */
final class PostgresIdentifiers {
    /** postgresql.org/docs/current/sql-syntax-lexical.html: dollar quoting, E'' escape strings, "" names. */
    static final SqlFlavor FLAVOR = new SqlFlavor(true, false, false, false, false);
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    /**
     * The reserved key words, and the non-reserved ones that cannot be a function or type name, from
     * postgresql.org/docs/current/sql-keywords-appendix.html; a column named like one must be quoted.
     */
    private static final Set<String> KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
            "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce",
            "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
            "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
            "dec", "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
            "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest",
            "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout", "int", "integer",
            "intersect", "interval", "into", "is", "isnull", "join", "lateral", "leading", "least", "left", "like",
            "limit", "localtime", "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not",
            "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer",
            "overlaps", "overlay", "placing", "position", "precision", "primary", "real", "references", "returning",
            "right", "row", "select", "session_user", "setof", "similar", "smallint", "some", "substring",
            "symmetric", "system_user", "table", "tablesample", "then", "time", "timestamp", "to", "trailing",
            "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose",
            "when", "where", "window", "with");

    private PostgresIdentifiers() {
    }

    static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !KEYWORDS.contains(identifier)) {
            return identifier;
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A name in double quotes whatever it is: how collation names ({@code "en_US"}, {@code "C"}) are written. */
    static String quoteAlways(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A name as PostgreSQL prints it ({@code "CreatedBy"}, {@code name}) back to the name itself. */
    static String unquote(String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
                && !t.substring(1, t.length() - 1).replace("\"\"", "").contains("\"")) {
            return t.substring(1, t.length() - 1).replace("\"\"", "\"");
        }
        return t;
    }

    /** A string literal; PostgreSQL's standard_conforming_strings (on by default) makes doubling the only escape. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
