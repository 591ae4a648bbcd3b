package dev.retort.dialect.postgres;

import dev.retort.dialect.Jdbc;
import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A hot standby (a streaming replica) answers queries but refuses every write
 * (postgresql.org/docs/current/hot-standby.html). Retort reads there ({@code current}, {@code history}) and
 * refuses before its first write, with one line that says where to point it, instead of a failed {@code CREATE
 * TABLE retort_version} or a half-run plan.
 */
final class PostgresStandby {
    private PostgresStandby() {
    }

    /** Throws when {@code connection} is on a server in recovery: a standby, or a primary still replaying WAL. */
    static void refuseWrites(Connection connection) {
        if (!"t".equals(value(connection, "SELECT pg_is_in_recovery()"))) {
            return;
        }
        String where = value(connection, "SELECT coalesce(host(inet_server_addr()) || ':' || inet_server_port() || '/', '')"
                + " || current_database()");
        throw new RetortException("the PostgreSQL server at " + where + " is a read-only standby (pg_is_in_recovery()"
                + " is true): nothing was changed; run upgrade, downgrade and stamp against the primary server");
    }

    /** The first column of the first row, as text. */
    static String value(Connection connection, String sql) {
        return Jdbc.attempt("run " + sql + " on PostgreSQL", () -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
    }
}
