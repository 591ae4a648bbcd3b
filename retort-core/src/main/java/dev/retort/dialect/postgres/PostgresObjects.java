package dev.retort.dialect.postgres;

import dev.retort.schema.SchemaObject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The schema objects of PostgreSQL that are neither tables nor views, as {@link SchemaObject}s in a normal
 * form: the extensions the database has (postgresql.org/docs/current/sql-createextension.html; plpgsql, which
 * every database has, left out), the enum types of the current schema (datatype-enum.html), extensions first
 * since a type may need one, then the standalone sequences ({@link PostgresSequences}) and the functions
 * ({@link PostgresFunctions}) of the current schema, and the partitions of its partitioned tables, which are never compared as tables
 * of their own: their columns, keys and indexes are the parent's.
 */
final class PostgresObjects {
    static final String EXTENSION = "extension";
    static final String ENUM = "enum type";
    static final String PARTITION = "partition";

    private PostgresObjects() {
    }

    static List<SchemaObject> read(Connection connection) throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                objects.add(extension(rs.getString(1)));
            }
        }
        String enums = "SELECT t.typname, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid"
                + " ORDER BY e.enumsortorder)::text[] FROM pg_type t"
                + " WHERE t.typtype = 'e' AND t.typnamespace = current_schema()::regnamespace ORDER BY t.typname";
        try (PreparedStatement st = connection.prepareStatement(enums); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                objects.add(enumType(rs.getString(1), strings(rs.getArray(2))));
            }
        }
        // After the types their arguments and columns may use, before the tables whose defaults may call them.
        objects.addAll(PostgresSequences.read(connection));
        objects.addAll(PostgresFunctions.read(connection));
        // Partitions (ddl-partitioning.html) belong to their parent, a partition of a partition after its own.
        String partitions = "SELECT c.relname, parent.relname, pg_get_expr(c.relpartbound, c.oid),"
                + " CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END"
                + " FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid JOIN pg_class parent ON parent.oid = i.inhparent"
                + " WHERE c.relispartition AND c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace"
                + " ORDER BY (SELECT count(*) FROM pg_partition_ancestors(c.oid)), c.relname";
        try (PreparedStatement st = connection.prepareStatement(partitions); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                objects.add(partition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return objects;
    }

    /** {@code CREATE TABLE name PARTITION OF parent FOR VALUES ...}, itself partitioned when {@code partitionBy} is set. */
    static SchemaObject partition(String name, String parent, String bound, String partitionBy) {
        String quoted = PostgresIdentifiers.quote(name);
        return new SchemaObject(PARTITION, name, "CREATE TABLE " + quoted + " PARTITION OF " + PostgresIdentifiers.quote(parent)
                + " " + bound + (partitionBy == null ? "" : " PARTITION BY " + partitionBy), "DROP TABLE " + quoted, parent);
    }

    static SchemaObject extension(String name) {
        return new SchemaObject(EXTENSION, name, "CREATE EXTENSION IF NOT EXISTS " + PostgresIdentifiers.quote(name),
                "DROP EXTENSION IF EXISTS " + PostgresIdentifiers.quote(name));
    }

    static SchemaObject enumType(String name, List<String> values) {
        return new SchemaObject(ENUM, name, "CREATE TYPE " + PostgresIdentifiers.quote(name) + " AS ENUM ("
                + values.stream().map(PostgresIdentifiers::literal).collect(Collectors.joining(", ")) + ")",
                "DROP TYPE " + PostgresIdentifiers.quote(name));
    }

    /** The values of an enum type's {@code CREATE TYPE ... AS ENUM (...)} in this normal form, in order. */
    static List<String> enumValues(SchemaObject type) {
        String text = type.create();
        String list = text.substring(text.indexOf("AS ENUM (") + "AS ENUM (".length(), text.length() - 1);
        List<String> values = new ArrayList<>();
        StringBuilder value = null;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (value == null) {
                if (c == '\'') {
                    value = new StringBuilder();
                }
            } else if (c == '\'' && i + 1 < list.length() && list.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else if (c == '\'') {
                values.add(value.toString());
                value = null;
            } else {
                value.append(c);
            }
        }
        return values;
    }

    private static List<String> strings(Array array) throws SQLException {
        try {
            return List.copyOf(Arrays.asList((String[]) array.getArray()));
        } finally {
            array.free();
        }
    }
}
