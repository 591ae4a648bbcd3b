package dev.retort.dialect.sqlite;

import dev.retort.schema.Table;
import dev.retort.sql.SqlLexer.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys SQLite's tables use in {@link Table#options()}: {@code WITHOUT ROWID} and {@code STRICT}
 * (sqlite.org/withoutrowid.html, sqlite.org/stricttables.html), and the module of a virtual table
 * (sqlite.org/lang_createvtab.html), whose text after {@code USING} is kept as written.
 */
public final class SqliteTableOptions {
    /** The table has no rowid; its PRIMARY KEY is the storage key. Value {@code "true"}. */
    public static final String WITHOUT_ROWID = "sqlite.without_rowid";
    /** Values must match the declared types. Value {@code "true"}. */
    public static final String STRICT = "sqlite.strict";
    /** A virtual table: the text after USING, {@code fts5(title, body, tokenize='porter')}. */
    public static final String VIRTUAL = "sqlite.virtual";

    private SqliteTableOptions() {
    }

    /** The options a CREATE TABLE's text after its closing parenthesis declares ({@code WITHOUT ROWID, STRICT}). */
    static Map<String, String> parse(String tail) {
        Map<String, String> options = new TreeMap<>();
        for (Token token : SqliteIdentifiers.tokens(tail == null ? "" : tail)) {
            if (token.is("WITHOUT")) {
                options.put(WITHOUT_ROWID, "true");
            } else if (token.is("STRICT")) {
                options.put(STRICT, "true");
            }
        }
        return options;
    }

    /** What goes after a CREATE TABLE's closing parenthesis, with a leading space, or an empty string. */
    static String tail(Table table) {
        List<String> parts = new ArrayList<>();
        if (withoutRowid(table)) {
            parts.add("WITHOUT ROWID");
        }
        if (table.options().containsKey(STRICT)) {
            parts.add("STRICT");
        }
        return parts.isEmpty() ? "" : " " + String.join(", ", parts);
    }

    static boolean withoutRowid(Table table) {
        return table.options().containsKey(WITHOUT_ROWID);
    }

    /** The module text of a virtual table, or null for an ordinary one. */
    static String virtualModule(Table table) {
        return table.options().get(VIRTUAL);
    }

    /** The module text of a {@code CREATE VIRTUAL TABLE name USING module(args)}, as written. */
    static String moduleOf(String createVirtualSql) {
        for (Token token : SqliteIdentifiers.tokens(createVirtualSql)) {
            if (token.is("USING")) {
                return createVirtualSql.substring(token.end()).strip();
            }
        }
        return createVirtualSql;
    }
}
