package dev.retort.dialect.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The catalog queries Retort runs on PostgreSQL (postgresql.org/docs/current/catalogs.html), in one place for
 * the inspector and for finding unnamed constraints. Everything is read from the current schema
 * ({@code current_schema()}), the one unqualified names in revisions resolve to.
 */
final class PostgresCatalog {

    /**
     * A column of a table: {@code format_type} spelling, default (or generation) expression, identity ('a', 'd'
     * or ''), generated ('s' or ''), its comment, its collation when that is not its type's default, and whether
     * it owns a sequence (serial, identity, {@code OWNED BY}: {@code pg_get_serial_sequence}).
     */
    record ColumnRow(String name, String type, boolean notNull, String defaultExpression, String identity,
                     String generated, String comment, String collation, boolean ownsSequence) {
    }

    /**
     * A constraint. {@code type} is pg_constraint.contype: p, u, f or c. For a check, {@code definition} is
     * {@code pg_get_constraintdef}: {@code CHECK ((price >= (0)::numeric))}. {@code deferrable} and
     * {@code initiallyDeferred} are condeferrable and condeferred; {@code matchType} is a foreign key's
     * confmatchtype (f, p or s), blank for the others.
     */
    record ConstraintRow(String name, char type, List<String> columns, String refTable, List<String> refColumns,
                         char onDelete, char onUpdate, String definition, boolean deferrable,
                         boolean initiallyDeferred, char matchType) {
    }

    /**
     * An index that backs no constraint of its table: its key terms as PostgreSQL prints them, each followed by
     * its operator class when that is not the type's default and by its order when that is not ascending; its
     * predicate, access method ({@code pg_am.amname}), included columns and NULLS NOT DISTINCT.
     */
    record IndexRow(String name, boolean unique, List<String> terms, String predicate, String method,
                    List<String> include, boolean nullsNotDistinct) {
    }

    private PostgresCatalog() {
    }

    /** The table's oid in the current schema: the exact name first, else the one name equal ignoring case. */
    static Long tableOid(Connection connection, String table) throws SQLException {
        String sql = "SELECT c.oid FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace"
                + " AND c.relkind IN ('r', 'p') AND lower(c.relname) = lower(?) ORDER BY (c.relname = ?) DESC LIMIT 1";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, table);
            st.setString(2, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** How a partitioned table is partitioned ({@code pg_get_partkeydef}: {@code RANGE (created_at)}), or null. */
    static String partitionKey(Connection connection, long oid) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT CASE WHEN relkind = 'p' THEN pg_get_partkeydef(oid) END FROM pg_class WHERE oid = ?")) {
            st.setLong(1, oid);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The table's comment ({@code obj_description}), or null. */
    static String tableComment(Connection connection, long oid) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT obj_description(?::oid, 'pg_class')")) {
            st.setLong(1, oid);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static String tableName(Connection connection, long oid) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT relname FROM pg_class WHERE oid = ?")) {
            st.setLong(1, oid);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Ordinary and partitioned tables of the current schema (not partitions), in name order. */
    static List<String> tableNames(Connection connection) throws SQLException {
        String sql = "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace"
                + " AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname";
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static List<ColumnRow> columns(Connection connection, long table) throws SQLException {
        String sql = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                + " pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, col_description(a.attrelid, a.attnum),"
                + " (SELECT co.collname FROM pg_collation co, pg_type ty WHERE co.oid = a.attcollation"
                + "   AND ty.oid = a.atttypid AND a.attcollation <> ty.typcollation),"
                + " pg_get_serial_sequence(a.attrelid::regclass::text, a.attname) IS NOT NULL"
                + " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
        List<ColumnRow> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setLong(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ColumnRow(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9)));
                }
            }
        }
        return rows;
    }

    /** The table's primary key, unique, foreign key and check constraints, in name order. */
    static List<ConstraintRow> constraints(Connection connection, long table) throws SQLException {
        String sql = "SELECT con.conname, con.contype,"
                + " ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)"
                + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[],"
                + " ref.relname,"
                + " ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)"
                + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[],"
                + " con.confdeltype, con.confupdtype, pg_get_constraintdef(con.oid, true),"
                + " con.condeferrable, con.condeferred, con.confmatchtype"
                + " FROM pg_constraint con LEFT JOIN pg_class ref ON ref.oid = con.confrelid"
                + " WHERE con.conrelid = ? AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY con.conname";
        List<ConstraintRow> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setLong(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ConstraintRow(rs.getString(1), rs.getString(2).charAt(0), strings(rs.getArray(3)),
                            rs.getString(4), strings(rs.getArray(5)), firstChar(rs.getString(6)),
                            firstChar(rs.getString(7)), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10),
                            firstChar(rs.getString(11))));
                }
            }
        }
        return rows;
    }

    /**
     * The table's indexes that no constraint of the table owns (those come and go with their constraint),
     * each term printed by {@code pg_get_indexdef(index, n, true)}: a column name or an expression.
     */
    static List<IndexRow> indexes(Connection connection, long table) throws SQLException {
        // indoption bit 0 is DESC, bit 1 NULLS FIRST (src/include/catalog/pg_index.h); a non-default operator
        // class is named, as pg_get_indexdef would, since the per-column form prints neither.
        String term = "pg_get_indexdef(ix.indexrelid, n, true)"
                + " || COALESCE((SELECT ' ' || oc.opcname FROM pg_opclass oc"
                + "   WHERE oc.oid = ix.indclass[n - 1] AND NOT oc.opcdefault), '')"
                + " || CASE WHEN ix.indoption[n - 1] & 1 = 1 THEN ' DESC' ELSE '' END"
                + " || CASE WHEN ix.indoption[n - 1] & 3 = 2 THEN ' NULLS FIRST'"
                + "         WHEN ix.indoption[n - 1] & 3 = 1 THEN ' NULLS LAST' ELSE '' END";
        String sql = "SELECT i.relname, ix.indisunique,"
                + " ARRAY(SELECT " + term + " FROM generate_series(1, ix.indnkeyatts) n ORDER BY n)::text[],"
                + " pg_get_expr(ix.indpred, ix.indrelid, true), am.amname,"
                + " ARRAY(SELECT pg_get_indexdef(ix.indexrelid, n, true)"
                + "   FROM generate_series(ix.indnkeyatts + 1, ix.indnatts) n ORDER BY n)::text[],"
                + " " + nullsNotDistinct(connection)
                + " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_am am ON am.oid = i.relam"
                + " WHERE ix.indrelid = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint con"
                + "   WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid)"
                + " AND NOT EXISTS (SELECT 1 FROM pg_inherits inh WHERE inh.inhrelid = ix.indexrelid)"
                + " ORDER BY i.relname";
        List<IndexRow> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setLong(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String method = rs.getString(5);
                    rows.add(new IndexRow(rs.getString(1), rs.getBoolean(2), strings(rs.getArray(3)), rs.getString(4),
                            "btree".equals(method) ? null : method, strings(rs.getArray(6)), rs.getBoolean(7)));
                }
            }
        }
        return rows;
    }

    /** {@code pg_index.indnullsnotdistinct} exists from PostgreSQL 15 on; before that NULLs are always distinct. */
    private static String nullsNotDistinct(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseMajorVersion() >= 15 ? "ix.indnullsnotdistinct" : "false";
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return List.copyOf(Arrays.asList((String[]) array.getArray()));
        } finally {
            array.free();
        }
    }

    private static char firstChar(String text) {
        return text == null || text.isEmpty() ? ' ' : text.charAt(0);
    }
}
