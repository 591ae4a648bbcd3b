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
 * The sequences of the current schema that no column owns (a serial or identity column's sequence comes and goes
 * with the column: pg_depend deptype 'a' or 'i'), as {@link SchemaObject}s whose text names every setting from
 * pg_sequence (postgresql.org/docs/current/catalog-pg-sequence.html) in one order, so that two sequences with the
 * same settings have the same {@code CREATE SEQUENCE} however they were written. Where the sequence has got to
 * (its last value) is data, not schema, and is not compared.
 */
final class PostgresSequences {
    static final String SEQUENCE = "sequence";
    private static final String CREATE = "CREATE SEQUENCE ";

    private PostgresSequences() {
    }

    static List<SchemaObject> read(Connection connection) throws SQLException {
        String sql = "SELECT c.relname, format_type(s.seqtypid, NULL), s.seqincrement, s.seqmin, s.seqmax, s.seqstart,"
                + " s.seqcache, s.seqcycle FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid"
                + " WHERE c.relkind = 'S' AND c.relnamespace = current_schema()::regnamespace"
                + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid"
                + "   AND d.deptype IN ('a', 'i'))"
                + " ORDER BY c.relname";
        List<SchemaObject> sequences = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                sequences.add(sequence(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getBoolean(8)));
            }
        }
        return sequences;
    }

    static SchemaObject sequence(String name, String type, long increment, long min, long max, long start, long cache,
                                 boolean cycle) {
        String quoted = PostgresIdentifiers.quote(name);
        return new SchemaObject(SEQUENCE, name, CREATE + quoted + " AS " + type + " INCREMENT BY " + increment
                + " MINVALUE " + min + " MAXVALUE " + max + " START WITH " + start + " CACHE " + cache
                + (cycle ? " CYCLE" : " NO CYCLE"), "DROP SEQUENCE " + quoted);
    }

    /**
     * A sequence whose settings changed is altered in place, both ways: {@code ALTER SEQUENCE} takes the same
     * clauses as {@code CREATE SEQUENCE} (sql-altersequence.html) and keeps the sequence's value and the defaults
     * that call it.
     */
    static List<Operation> alter(SchemaObject current, SchemaObject target) {
        return List.of(new Execute(altering(target), PostgresProvider.NAME, altering(current)));
    }

    private static String altering(SchemaObject sequence) {
        return "ALTER SEQUENCE " + sequence.create().substring(CREATE.length());
    }
}
