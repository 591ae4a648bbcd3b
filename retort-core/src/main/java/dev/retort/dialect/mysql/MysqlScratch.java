package dev.retort.dialect.mysql;

import dev.retort.autogen.ScratchDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own on the live server ({@code retort_scratch_<random>}) for a schema.sql to be applied to
 * and read back. MySQL's DDL cannot be rolled back as PostgreSQL's can, so the database is dropped after; it
 * takes the live database's character set and collation, so columns read back with the same defaults. The
 * live connection is switched to it and back, as the inspector reads {@code DATABASE()}.
 */
public final class MysqlScratch implements ScratchDatabase {
    private final Connection live;
    private static final java.util.regex.Pattern DEFINER = java.util.regex.Pattern.compile(
            "(?i)/\\*!\\d+\\s+DEFINER\\s*=\\s*\\S+\\s*\\*/|\\bDEFINER\\s*=\\s*(?:`[^`]*`|'[^']*'|\\w+)@(?:`[^`]*`|'[^']*'|[\\w.%]+)");
    private String liveDatabase;
    private String scratch;

    public MysqlScratch(Connection live) {
        this.live = live;
    }

    @Override
    public Connection open() throws SQLException {
        liveDatabase = live.getCatalog();
        List<List<String>> charset = MysqlQueries.rows(live, "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()");
        String name = "retort_scratch_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
        try (Statement st = live.createStatement()) {
            st.execute("CREATE DATABASE " + MysqlIdentifiers.quote(name) + (charset.isEmpty() ? ""
                    : " CHARACTER SET " + charset.get(0).get(0) + " COLLATE " + charset.get(0).get(1)));
        }
        scratch = name;
        live.setCatalog(name);
        return live;
    }

    /**
     * A dump names the account that defined each trigger and view ({@code /*!50017 DEFINER=`app`@`%`*}{@code /});
     * that account may not exist here, and the definer is no part of the schema Retort compares, so it is left out.
     */
    @Override
    public String prepare(String statement) {
        return DEFINER.matcher(statement).replaceAll("");
    }

    /** Switches the live connection back and drops the scratch database; the connection stays open. */
    @Override
    public void discard(Connection connection) throws SQLException {
        try {
            if (liveDatabase != null) {
                connection.setCatalog(liveDatabase);
            }
        } finally {
            try (Statement st = connection.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + MysqlIdentifiers.quote(scratch));
            }
        }
    }

    @Override
    public dev.retort.sql.SqlFlavor flavor() {
        return MysqlIdentifiers.FLAVOR;
    }
}
