package dev.retort.dialect.postgres;

import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.schema.SchemaObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions and procedures of the current schema (the trigger functions of a real application among them), as
 * {@link SchemaObject}s whose text is {@code pg_get_functiondef} (postgresql.org/docs/current/functions-info.html):
 * the server's own {@code CREATE OR REPLACE FUNCTION ...}, with the body as written, so a function from a
 * schema.sql read back from the scratch schema compares with the live one by that text. The server always names
 * the schema there; the qualifier is taken off, since the scratch schema has another name. A function is named by
 * its argument types too ({@code add(a integer, b integer)}), as PostgreSQL tells overloads apart. Functions an
 * extension owns (pg_depend deptype 'e') come and go with the extension; aggregates are named as left out
 * ({@link PostgresLeftOut}).
 */
final class PostgresFunctions {
    static final String FUNCTION = "function";
    static final String PROCEDURE = "procedure";
    private static final String LANGUAGE = "\n LANGUAGE ";
    private static final String UNCHECKED = "SET LOCAL check_function_bodies = off;\n";

    private PostgresFunctions() {
    }

    static List<SchemaObject> read(Connection connection) throws SQLException {
        String sql = "SELECT p.prokind, p.proname, pg_get_function_identity_arguments(p.oid), pg_get_functiondef(p.oid),"
                + " quote_ident(n.nspname) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE p.pronamespace = current_schema()::regnamespace AND p.prokind IN ('f', 'p')"
                + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass"
                + "   AND d.objid = p.oid AND d.deptype = 'e')"
                + " ORDER BY p.proname, pg_get_function_identity_arguments(p.oid)";
        List<SchemaObject> functions = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String kind = "p".equals(rs.getString(1)) ? PROCEDURE : FUNCTION;
                functions.add(function(kind, rs.getString(2), rs.getString(3),
                        unqualified(rs.getString(4), kind, rs.getString(5))));
            }
        }
        return functions;
    }

    /**
     * A function (or procedure) created by {@code definition}, the server's text without the schema qualifier.
     * Functions are created before the tables, since a default, check or index may call one; a {@code LANGUAGE sql}
     * function whose body is a string is checked against the tables it reads when it is created, so, as pg_dump
     * does, it is created with {@code check_function_bodies} off for the rest of the revision's transaction
     * (postgresql.org/docs/current/runtime-config-client.html).
     */
    static SchemaObject function(String kind, String name, String arguments, String definition) {
        boolean readsTablesLater = definition.contains("\n LANGUAGE sql\n") && definition.contains("\nAS ");
        return new SchemaObject(kind, name + "(" + arguments + ")", (readsTablesLater ? UNCHECKED : "") + definition,
                "DROP " + kind.toUpperCase(java.util.Locale.ROOT) + " " + PostgresIdentifiers.quote(name)
                        + "(" + arguments + ")");
    }

    /**
     * A changed function whose arguments and result stay the same is replaced in place, both ways
     * ({@code CREATE OR REPLACE} cannot change them), so the triggers and views that use it stay; any other
     * change drops and creates it (null).
     */
    static List<Operation> replace(SchemaObject current, SchemaObject target) {
        if (!header(current.create()).equals(header(target.create()))) {
            return null;
        }
        return List.of(new Execute(target.create(), PostgresProvider.NAME, current.create()));
    }

    static boolean isFunction(SchemaObject object) {
        return object.kind().equals(FUNCTION) || object.kind().equals(PROCEDURE);
    }

    /** The name, arguments and result: what {@code pg_get_functiondef} prints before the language. */
    private static String header(String definition) {
        int language = definition.indexOf(LANGUAGE);
        return language < 0 ? definition : definition.substring(0, language);
    }

    /** {@code CREATE OR REPLACE FUNCTION public.touch()} as {@code CREATE OR REPLACE FUNCTION touch()}. */
    private static String unqualified(String definition, String kind, String quotedSchema) {
        String start = "CREATE OR REPLACE " + kind.toUpperCase(java.util.Locale.ROOT) + " ";
        String text = definition.strip();
        return text.startsWith(start + quotedSchema + ".")
                ? start + text.substring(start.length() + quotedSchema.length() + 1) : text;
    }
}
